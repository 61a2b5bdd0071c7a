"""The e-mail preferences page and the one-click unsubscribe link."""

import re
from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from conftest import client_for
from tiltas.notifications.forms import PreferenceForm
from tiltas.notifications.kinds import Delivery
from tiltas.notifications.models import DeliveryPreference
from tiltas.notifications.unsubscribe import VALID_FOR, token_for

from .kinds import SAID

pytestmark = pytest.mark.django_db


def _delivery(person):
    found = DeliveryPreference.objects.filter(person=person).first()
    return (found.delivery, found.by_kind) if found else (Delivery.DAILY.value, {})


def _url(token):
    return reverse("notifications:unsubscribe", args=[token])


def test_the_preferences_page_starts_at_a_daily_digest_and_saves_a_choice(member):
    client = client_for(member)
    url = reverse("notifications:preferences")
    page = client.get(url).content.decode()
    assert re.search(r'value="daily"[^>]*checked', page)
    field = PreferenceForm.field_name(SAID.key)
    response = client.post(url, {"delivery": "weekly", field: "immediately"})
    assert response.status_code == 302
    assert _delivery(member) == ("weekly", {SAID.key: "immediately"})


def test_a_bad_choice_is_refused_and_the_form_keeps_the_rest(member):
    client = client_for(member)
    field = PreferenceForm.field_name(SAID.key)
    response = client.post(
        reverse("notifications:preferences"), {"delivery": "hourly", field: "off"}
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "error-summary" in page
    assert 'value="off" selected' in page
    assert not DeliveryPreference.objects.filter(person=member).exists()


def test_the_link_asks_first_then_a_post_with_the_pages_token_stops_every_e_mail(member):
    client = Client(enforce_csrf_checks=True)
    url = _url(token_for(member.pk))
    page = client.get(url)
    assert page.status_code == 200
    assert _delivery(member) == ("daily", {})  # a GET changes nothing
    csrf = page.context["csrf_token"]
    response = client.post(url, {"csrfmiddlewaretoken": str(csrf)})
    assert response.status_code == 200
    assert _delivery(member)[0] == "off"


def test_a_post_from_the_page_without_its_csrf_token_is_refused(member):
    response = Client(enforce_csrf_checks=True).post(_url(token_for(member.pk)), {})
    assert response.status_code == 403
    assert _delivery(member) == ("daily", {})


def test_a_mail_programs_one_click_post_needs_no_csrf_token(member):
    response = Client(enforce_csrf_checks=True).post(
        _url(token_for(member.pk, SAID.key)), {"List-Unsubscribe": "One-Click"}
    )
    assert response.status_code == 200
    assert _delivery(member) == ("daily", {SAID.key: "off"})
    # Twice is the same as once.
    Client().post(_url(token_for(member.pk, SAID.key)), {"List-Unsubscribe": "One-Click"})
    assert _delivery(member) == ("daily", {SAID.key: "off"})


@pytest.mark.parametrize("language", ["lt", "en", "nb"])
def test_a_bad_token_gets_a_clear_translated_page(member, language, restore_language):
    token = token_for(member.pk)[:-3] + "xyz"
    with translation.override(language):
        url = _url(token)
    for response in (Client().get(url), Client().post(url, {"List-Unsubscribe": "One-Click"})):
        assert response.status_code == 400
        with translation.override(language):
            assert translation.gettext("This link does not work") in response.content.decode()
    assert _delivery(member) == ("daily", {})


def test_an_old_token_no_longer_works(member, time_machine):
    time_machine.move_to("2026-01-01 10:00+02:00", tick=False)
    url = _url(token_for(member.pk))
    time_machine.shift(VALID_FOR + timedelta(days=1))
    response = Client().post(url, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 400
    assert _delivery(member) == ("daily", {})


def test_someone_elses_link_cannot_be_made_from_ones_own(member, trainer):
    mine = token_for(member.pk)
    forged = mine.replace(str(member.pk), str(trainer.pk), 1)
    Client().post(_url(forged), {"List-Unsubscribe": "One-Click"})
    assert _delivery(trainer) == ("daily", {})
