"""The coordinator sets when attending earns a certificate, per event."""

import pytest
from django.urls import reverse

from tiltas.events.models import CertificateRule, Event

pytestmark = pytest.mark.django_db

BASE = {
    "activity": "1.1.3", "kind": "training", "title_lt": "Mokymai", "title_en": "", "title_nb": "",
    "country": "LT", "city": "Vilnius", "timezone": "Europe/Vilnius",
    "starts_at": "2030-09-10T09:00", "ends_at": "2030-09-12T16:00", "language": "lt",
    "capacity": "30", "reminder_days": "2", "status": "published",
}  # fmt: skip


def test_a_rule_of_days_is_saved_with_its_number(client, coordinator):
    client.force_login(coordinator)
    data = {**BASE, "certificate_rule": "min_days", "certificate_min_days": "2"}
    assert client.post(reverse("events:manage_create"), data).status_code == 302
    event = Event.objects.get()
    assert (event.certificate_rule, event.certificate_min_days) == ("min_days", 2)
    assert event.certificate_earned(2) and not event.certificate_earned(1)


def test_a_rule_without_its_number_is_a_form_error_that_keeps_the_input(client, coordinator):
    client.force_login(coordinator)
    data = {**BASE, "certificate_rule": "min_hours", "certificate_min_hours": ""}
    response = client.post(reverse("events:manage_create"), data)
    body = response.content.decode()
    assert response.status_code == 200
    assert "Nurodykite, kiek valandų reikia pažymėjimui gauti." in body
    assert "Nurodykite mokymų valandas" in body
    assert 'value="Mokymai"' in body
    assert not Event.objects.exists()


def test_an_event_saved_without_a_rule_takes_every_day(client, coordinator):
    client.force_login(coordinator)
    client.post(reverse("events:manage_create"), BASE)
    event = Event.objects.get()
    assert event.certificate_rule == CertificateRule.ALL_DAYS
    assert event.certificate_earned(3) and not event.certificate_earned(2)
