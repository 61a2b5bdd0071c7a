"""Personal API tokens: made and revoked by their holder, shown once, stored as
a digest, and reaching the management endpoints with the holder's own rights."""

import re
from datetime import timedelta

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone, translation

from tiltas.api.models import ApiToken
from tiltas.api.services import token_create, token_revoke
from tiltas.core.models import AuditEntry
from tiltas.core.roles import Role
from tiltas.events.models import Attendance, RegistrationStatus
from tiltas.events.tests.factories import EventFactory, RegistrationFactory

pytestmark = pytest.mark.django_db


def bearer(text: str) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": f"Bearer {text}"}


@pytest.fixture
def taught(make_user):
    trainer = make_user(role=Role.TRAINER)
    event = EventFactory(
        starts_at=timezone.now() - timedelta(hours=1), ends_at=timezone.now() + timedelta(hours=6)
    )
    event.trainers.add(trainer)
    registration = RegistrationFactory(event=event, status=RegistrationStatus.CONFIRMED)
    return trainer, event, registration


def test_the_token_is_shown_once_and_only_its_digest_is_kept(role_client):
    client = role_client(Role.TRAINER)
    page = client.post(
        reverse("api_tokens:tokens"), {"name": "Check-in tablet", "scope": "read", "days": 30}
    ).content.decode()
    token = ApiToken.objects.get()
    text = re.search(r'value="(tlt_[^"]+)"', page).group(1)
    assert text.startswith(f"tlt_{token.prefix}_") and text not in token.digest
    again = client.get(reverse("api_tokens:tokens")).content.decode()
    assert "Check-in tablet" in again and text not in again
    assert AuditEntry.objects.filter(action="api.token.created").exists()


def test_a_second_token_of_the_same_name_is_refused_and_the_form_keeps_it(role_client):
    client = role_client(Role.COORDINATOR)
    data = {"name": "Export", "scope": "write", "days": 90}
    with translation.override("en"):
        client.post(reverse("api_tokens:tokens"), data)
        page = client.post(reverse("api_tokens:tokens"), data).content.decode()
    assert "You already have a token with this name." in page
    assert 'value="Export"' in page and ApiToken.objects.count() == 1


def test_members_have_no_tokens_page(role_client):
    assert role_client(Role.MEMBER).get(reverse("api_tokens:tokens")).status_code == 403


def test_a_trainer_reads_the_participants_of_the_events_they_teach(client, taught):
    trainer, event, registration = taught
    _token, text = token_create(person=trainer, name="t", scope="read", days=30)
    url = f"/api/v1/manage/events/{event.pk}/participants"
    rows = client.get(url, **bearer(text)).json()["items"]
    assert [row["email"] for row in rows] == [registration.person.email]
    other = EventFactory()
    assert (
        client.get(f"/api/v1/manage/events/{other.pk}/participants", **bearer(text)).status_code
        == 404
    )
    assert [
        e["id"] for e in client.get("/api/v1/manage/events", **bearer(text)).json()["items"]
    ] == [event.pk]


def test_no_token_a_wrong_one_or_a_session_gets_401(client, taught, role_client):
    trainer, event, _registration = taught
    _token, text = token_create(person=trainer, name="t", scope="read", days=30)
    url = f"/api/v1/manage/events/{event.pk}/participants"
    assert client.get(url).status_code == 401
    assert client.get(url, **bearer(text[:-2] + "xx")).status_code == 401
    assert role_client(Role.COORDINATOR).get(url).status_code == 401


def test_an_expired_or_revoked_token_or_a_lost_role_stops_working(client, taught):
    trainer, event, _registration = taught
    url = f"/api/v1/manage/events/{event.pk}/participants"
    token, text = token_create(person=trainer, name="t", scope="read", days=30)
    assert client.get(url, **bearer(text)).status_code == 200
    with time_machine.travel(timezone.now() + timedelta(days=31)):
        assert client.get(url, **bearer(text)).status_code == 401
    trainer.role = Role.MEMBER
    trainer.save(update_fields=["role"])
    assert client.get(url, **bearer(text)).status_code == 401
    trainer.role = Role.TRAINER
    trainer.save(update_fields=["role"])
    token_revoke(token=token, actor=trainer)
    assert client.get(url, **bearer(text)).status_code == 401


def test_a_token_lives_at_most_a_year():
    with pytest.raises(ValidationError):
        token_create(person=None, name="t", scope="read", days=366)  # type: ignore[arg-type]


def test_marking_attendance_needs_a_write_token_and_is_audited(client, taught):
    trainer, event, registration = taught
    url = f"/api/v1/manage/events/{event.pk}/attendance"
    body = {
        "registration": registration.pk,
        "day": timezone.localdate().isoformat(),
        "present": True,
    }
    _read, read_text = token_create(person=trainer, name="r", scope="read", days=30)
    refused = client.put(url, body, content_type="application/json", **bearer(read_text))
    assert refused.status_code == 403 and not Attendance.objects.exists()
    _write, write_text = token_create(person=trainer, name="w", scope="write", days=30)
    done = client.put(url, body, content_type="application/json", **bearer(write_text))
    assert done.status_code == 200 and done.json() == {"changed": True}
    assert Attendance.objects.filter(registration=registration).count() == 1
    assert AuditEntry.objects.filter(
        action="events.attendance.changed", actor_id=trainer.pk
    ).exists()


def test_only_the_holder_revokes_a_token(role_client, make_user):
    token, _text = token_create(person=make_user(role=Role.TRAINER), name="t", scope="read", days=1)
    other = role_client(Role.COORDINATOR)
    assert other.post(reverse("api_tokens:token_revoke", args=[token.pk])).status_code == 404
    token.refresh_from_db()
    assert token.revoked_at is None
