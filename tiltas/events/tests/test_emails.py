import io
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
import time_machine
from django.core import mail
from django.core.management import call_command

from tiltas.events import services
from tiltas.events.ics import calendar_bytes
from tiltas.events.tasks import send_due_reminders

from .factories import EventFactory, RegistrationFactory

pytestmark = pytest.mark.django_db

OSLO = ZoneInfo("Europe/Oslo")


def oslo_event(**kwargs):
    starts = datetime(2030, 3, 12, 9, 0, tzinfo=OSLO)
    return EventFactory(
        timezone="Europe/Oslo",
        country="NO",
        city="Oslo",
        starts_at=starts,
        ends_at=starts + timedelta(hours=8),
        title_en="Clusters in Oslo",
        **kwargs,
    )


def test_confirmation_in_recipients_language_with_ics(
    make_user, django_capture_on_commit_callbacks
):
    event = oslo_event()
    person = make_user(preferred_language="en")
    with django_capture_on_commit_callbacks(execute=True):
        services.registration_create(event=event, person=person, answers={})
    [message] = mail.outbox
    assert message.to == [person.email]
    assert message.subject.startswith("[Tiltas] Registration confirmed: Clusters in Oslo")
    assert "Oslo time (Europe/Oslo)" in message.body
    assert "March 12, 2030, 9 a.m. – March 12, 2030, 5 p.m., Oslo time" in message.body  # noqa: RUF001
    assert "/en/events/registrations/" in message.body
    [attachment] = message.attachments
    assert attachment.mimetype == "text/calendar"
    calendar = icalendar.Calendar.from_ical(attachment.content)
    [item] = calendar.walk("VEVENT")
    assert item["DTSTART"].params["TZID"] == "Europe/Oslo"
    assert item.decoded("DTSTART") == datetime(2030, 3, 12, 9, 0, tzinfo=OSLO)
    assert calendar.walk("VTIMEZONE")[0]["TZID"] == "Europe/Oslo"


def test_lithuanian_and_norwegian_recipients(make_user, django_capture_on_commit_callbacks):
    event = EventFactory(capacity=1)
    with django_capture_on_commit_callbacks(execute=True):
        services.registration_create(
            event=event, person=make_user(preferred_language="lt"), answers={}
        )
        services.registration_create(
            event=event, person=make_user(preferred_language="nb"), answers={}
        )
    confirmed, waiting = mail.outbox
    assert "Registracija patvirtinta" in confirmed.subject
    assert "venteliste" in waiting.subject.lower()
    assert not waiting.attachments


def test_the_online_link_is_mailed_to_confirmed_participants_only(
    make_user, django_capture_on_commit_callbacks
):
    event = EventFactory(capacity=1, online_url="https://meet.example/secret-room")
    with django_capture_on_commit_callbacks(execute=True):
        services.registration_create(event=event, person=make_user(), answers={})
        services.registration_create(event=event, person=make_user(), answers={})
    confirmed, waiting = mail.outbox
    assert "https://meet.example/secret-room" in confirmed.body
    assert "secret-room" not in waiting.body


def test_no_mail_when_the_transaction_rolls_back(member, django_capture_on_commit_callbacks):
    event = EventFactory()
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(ValueError):
        from django.db import transaction

        with transaction.atomic():
            services.registration_create(event=event, person=member, answers={})
            raise ValueError
    assert mail.outbox == []


def test_ics_carries_the_events_zone_for_a_vilnius_reader():
    event = oslo_event()
    text = calendar_bytes([event]).decode()
    assert "DTSTART;TZID=Europe/Oslo:20300312T090000" in text
    assert "BEGIN:VTIMEZONE" in text


def test_reminders_sent_once(make_user):
    event = EventFactory(reminder_days=2)
    due = RegistrationFactory(event=event, person=make_user(preferred_language="en"))
    RegistrationFactory(event=event, status="waiting", position=1)
    later = EventFactory(reminder_days=2, starts_at=event.starts_at + timedelta(days=20))
    RegistrationFactory(event=later)
    assert send_due_reminders() == 0
    with time_machine.travel(event.starts_at - timedelta(days=1)):
        out = io.StringIO()
        call_command("send_event_reminders", stdout=out)
        assert "Reminders sent: 1" in out.getvalue()
        assert [m.to for m in mail.outbox] == [[due.person.email]]
        assert mail.outbox[0].subject.startswith("[Tiltas] Reminder")
        assert send_due_reminders() == 0
    assert len(mail.outbox) == 1
    due.refresh_from_db()
    assert due.reminder_sent_at is not None


def test_a_reminder_sent_by_the_scheduler_links_to_the_configured_site(settings):
    settings.TILTAS_BASE_URL = "http://127.0.0.1:8810"
    event = EventFactory(reminder_days=2)
    registration = RegistrationFactory(event=event)
    with time_machine.travel(event.starts_at - timedelta(days=1)):
        call_command("send_event_reminders")  # no request: the scheduler's path
    [message] = mail.outbox
    ticket = f"http://127.0.0.1:8810/{registration.person.preferred_language or 'lt'}/events/"
    assert ticket in message.body
    assert "127.0.0.1:8000" not in message.body
