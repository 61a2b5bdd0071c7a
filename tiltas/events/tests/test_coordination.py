"""The coordinator's rough edges: a Publish action, a confirmation before an
event is marked held, check-in by name, and walk-ins without an account."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from tiltas.core.models import AuditEntry
from tiltas.events import personal_data, services
from tiltas.events.models import Attendance, Event, EventStatus, RegistrationStatus, WalkIn
from tiltas.events.services.retention import walk_ins_anonymise_expired
from tiltas.indicators.registry import measure

from .factories import EventFactory, RegistrationFactory

pytestmark = pytest.mark.django_db


def running_event(**kwargs):
    """An event that started an hour ago and lasts two days."""
    starts = timezone.now() - timedelta(hours=1)
    return EventFactory(starts_at=starts, ends_at=starts + timedelta(days=1, hours=3), **kwargs)


def mark_held_for_counting(event) -> None:
    """Attendance counts among the participants once the event is marked held."""
    event.status = EventStatus.HELD
    event.save(update_fields=["status"])


def url(name, event, **kwargs):
    return reverse(f"events:{name}", kwargs={"pk": event.pk, **kwargs}).replace("/lt/", "/en/", 1)


# --- Publishing ----------------------------------------------------------------------


def test_a_new_event_is_a_draft_until_the_coordinator_publishes_it(
    client, coordinator, restore_language
):
    client.force_login(coordinator)
    form = client.get(reverse("events:manage_create").replace("/lt/", "/en/", 1)).content
    assert b'name="status"' not in form and b"saved as a draft" in form
    data = {
        "activity": "1.1.3", "kind": "training", "title_lt": "Mokymai", "country": "LT",
        "city": "Vilnius", "timezone": "Europe/Vilnius", "starts_at": "2030-09-10T09:00",
        "ends_at": "2030-09-10T16:00", "language": "lt", "capacity": "30", "reminder_days": "2",
        "status": "published",  # an old form's field: ignored
    }  # fmt: skip
    client.post(reverse("events:manage_create"), data)
    event = Event.objects.get()
    assert event.status == EventStatus.DRAFT
    detail = client.get(url("manage_detail", event)).content.decode()
    assert f'action="{url("manage_publish", event)}"' in detail
    response = client.post(url("manage_publish", event), follow=True)
    event.refresh_from_db()
    assert event.status == EventStatus.PUBLISHED
    assert "The event is published" in response.content.decode()
    assert AuditEntry.objects.filter(action="events.event.published").exists()
    again = client.post(url("manage_publish", event), follow=True).content.decode()
    assert "Only a draft can be published." in again


def test_an_event_that_has_ended_cannot_be_published(coordinator):
    ended = timezone.now() - timedelta(days=2)
    event = EventFactory(
        status=EventStatus.DRAFT, starts_at=ended, ends_at=ended + timedelta(hours=4)
    )
    with pytest.raises(ValidationError) as refused:
        services.event_publish(event=event, actor=coordinator)
    assert refused.value.code == "ended"


def test_a_trainer_does_not_publish(client, trainer):
    event = EventFactory(status=EventStatus.DRAFT)
    event.trainers.add(trainer)
    client.force_login(trainer)
    assert client.post(url("manage_publish", event)).status_code == 403
    event.refresh_from_db()
    assert event.status == EventStatus.DRAFT


# --- Marking an event as held ----------------------------------------------------------


def test_mark_held_asks_first_because_it_freezes_attendance(client, coordinator):
    ended = timezone.now() - timedelta(hours=2)
    event = EventFactory(starts_at=ended - timedelta(hours=5), ends_at=ended)
    client.force_login(coordinator)
    detail = client.get(url("manage_detail", event)).content.decode()
    held = url("manage_held", event)
    assert f'href="{held}"' in detail  # a link to the question, not a button that does it
    question = client.get(held)
    body = question.content.decode()
    assert question.status_code == 200 and "its attendance is frozen" in body
    event.refresh_from_db()
    assert event.status == EventStatus.PUBLISHED  # asking changed nothing
    client.post(held)
    event.refresh_from_db()
    assert event.status == EventStatus.HELD


# --- Check-in by name ------------------------------------------------------------------


def test_check_in_by_name_for_someone_without_the_ticket(client, trainer, make_user):
    event = running_event()
    event.trainers.add(trainer)
    ona = RegistrationFactory(event=event, person=make_user(full_name="Ona Petraitytė"))
    RegistrationFactory(event=event, person=make_user(full_name="Petras Kazlauskas"))
    RegistrationFactory(
        event=event,
        person=make_user(full_name="Ona Laukianti"),
        status=RegistrationStatus.WAITING,
        position=1,
    )
    client.force_login(trainer)
    page = url("manage_check_in", event)
    found = client.get(page, {"q": "ona"}).content.decode()
    assert "Ona Petraitytė" in found and "Petras" not in found
    assert "Ona Laukianti" not in found  # only confirmed participants
    response = client.post(f"{page}?q=ona", {"registration": ona.pk})
    assert "Ona Petraitytė is checked in." in response.content.decode()
    attendance = Attendance.objects.get(registration=ona)
    assert attendance.day == event.today() and not attendance.by_scan
    after = client.get(page, {"q": "ona"}).content.decode()
    assert "checked in" in after and 'name="registration"' not in after


def test_check_in_by_name_names_only_this_events_participants(client, trainer):
    event, other = running_event(), running_event()
    event.trainers.add(trainer)
    foreign = RegistrationFactory(event=other)
    client.force_login(trainer)
    assert (
        client.post(url("manage_check_in", event), {"registration": foreign.pk}).status_code == 404
    )
    assert client.post(url("manage_check_in", event), {"registration": "x"}).status_code == 404
    assert not Attendance.objects.exists()


# --- Walk-ins ------------------------------------------------------------------------


def test_a_walk_in_is_recorded_counted_and_invited(
    client, trainer, django_capture_on_commit_callbacks, restore_language
):
    event = running_event(language="en", title_en="Cluster day", activity="1.1.3")
    event.trainers.add(trainer)
    client.force_login(trainer)
    attendance = client.get(url("manage_attendance", event)).content.decode()
    assert f'action="{url("manage_walk_in_add", event)}"' in attendance
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url("manage_walk_in_add", event),
            {
                "day": event.today().isoformat(),
                "name": "Rūta Atėjusi",
                "organisation_name": "Alytaus savivaldybė",
                "email": "Ruta@Example.org",
            },
            follow=True,
        )
    body = response.content.decode()
    assert "Rūta Atėjusi is recorded as present and invited to create an account." in body
    assert "Alytaus savivaldybė" in body
    walk_in = WalkIn.objects.get()
    assert walk_in.email == "ruta@example.org" and walk_in.invited_at is not None
    [message] = mail.outbox
    assert message.to == ["ruta@example.org"]
    assert "Cluster day" in message.subject
    assert "/en/accounts/signup/" in message.body
    assert measure("events.participants", {"activity": "1.1.3"}).value == 0  # not held yet
    mark_held_for_counting(event)
    assert measure("events.participants", {"activity": "1.1.3"}).value == 1
    assert AuditEntry.objects.filter(action="events.walk_in.added").exists()


def test_walk_ins_are_counted_once_per_person(trainer, make_user):
    event = running_event(activity="1.1.3")
    for day in event.days:
        WalkIn.objects.create(event=event, day=day, name="Ona", email="ona@example.org")
    WalkIn.objects.create(event=event, day=event.days[0], name="Be adreso")
    # Someone who later made an account and also registered elsewhere: one person.
    person = make_user(email="jonas@example.org")
    other = running_event(activity="1.1.3")
    RegistrationFactory(event=other, person=person).attendances.create(day=other.days[0])
    WalkIn.objects.create(event=event, day=event.days[0], name="Jonas", email="jonas@example.org")
    assert measure("events.participants", {"activity": "1.1.3"}).value == 0  # not held yet
    mark_held_for_counting(event)
    assert measure("events.participants", {"activity": "1.1.3"}).value == 3


def test_anonymised_walk_ins_are_still_counted_once_per_person():
    event = running_event(activity="1.1.3")
    for day in event.days:
        WalkIn.objects.create(event=event, day=day, name="Ona", email="ona@example.org")
    WalkIn.objects.create(event=event, day=event.days[0], name="Be adreso")
    assert measure("events.participants", {"activity": "1.1.3"}).value == 0  # not held yet
    mark_held_for_counting(event)
    assert measure("events.participants", {"activity": "1.1.3"}).value == 2
    # Ona on each day of the event (two or three calendar days, by the hour) and one more.
    later = timezone.now() + timedelta(days=3)
    assert walk_ins_anonymise_expired(months=0, now=later) == len(event.days) + 1
    assert not WalkIn.objects.filter(email="ona@example.org").exists()
    assert set(WalkIn.objects.values_list("name", flat=True)) == {"—"}
    assert measure("events.participants", {"activity": "1.1.3"}).value == 2


def test_walk_in_refusals_keep_what_was_typed(client, trainer, make_user, restore_language):
    event = running_event()
    event.trainers.add(trainer)
    make_user(email="member@example.org")
    client.force_login(trainer)
    add = url("manage_walk_in_add", event)
    today = event.today().isoformat()
    body = client.post(add, {"day": today, "name": "Narys", "email": "member@example.org"})
    text = body.content.decode()
    assert "belongs to an account" in text and 'value="Narys"' in text
    client.post(add, {"day": today, "name": "Ona", "email": "ona@example.org"})
    text = client.post(add, {"day": today, "name": "Ona", "email": "ONA@example.org"}).content
    assert b"already recorded for that day" in text
    assert b"This field is required." in client.post(add, {"day": today, "name": ""}).content
    tomorrow = event.days[-1].isoformat()
    response = client.post(add, {"day": tomorrow, "name": "Rytoj"}, follow=True)
    assert "has not come yet" in response.content.decode()
    assert list(WalkIn.objects.values_list("name", flat=True)) == ["Ona"]


def test_walk_ins_freeze_with_the_event(client, trainer, coordinator):
    event = running_event()
    event.trainers.add(trainer)
    walk_in = WalkIn.objects.create(event=event, day=event.days[0], name="Ona")
    Event.objects.filter(pk=event.pk).update(status=EventStatus.HELD)
    client.force_login(trainer)
    remove = url("manage_walk_in_remove", event, walk_in_pk=walk_in.pk)
    client.post(remove)
    client.post(url("manage_walk_in_add", event), {"day": event.days[0], "name": "Vėlesnė"})
    assert list(WalkIn.objects.values_list("name", flat=True)) == ["Ona"]
    client.force_login(coordinator)  # a coordinator may still correct it
    client.post(remove)
    assert not WalkIn.objects.exists()


def test_a_walk_ins_data_is_theirs_once_they_have_an_account(trainer, make_user):
    event = running_event()
    WalkIn.objects.create(
        event=event, day=event.days[0], name="Ona", email="ona@example.org", recorded_by=trainer
    )
    person = make_user(email="Ona@example.org")
    [row] = personal_data.export_walk_ins(person)["present_without_registration"]
    assert row["name"] == "Ona" and row["day"] == event.days[0].isoformat()
    assert personal_data.export_walk_ins(trainer)["walk_ins_recorded"] == 1
    personal_data.erase_walk_ins(person)
    personal_data.erase_walk_ins(trainer)
    walk_in = WalkIn.objects.get()
    assert walk_in.name == "—" and "ona" not in walk_in.email and walk_in.recorded_by is None


def test_walk_ins_sign_the_attendance_sheet_too(monkeypatch):
    from tiltas.events import exports

    event = running_event()
    RegistrationFactory(event=event, person__full_name="Registruota Dalyvė")
    WalkIn.objects.create(
        event=event, day=event.days[0], name="Ona Ateivė", organisation_name="NVO"
    )
    WalkIn.objects.create(event=event, day=event.days[1], name="Kitos dienos")
    rendered = []
    real = exports.render_to_string

    def keep(*args, **kwargs):
        rendered.append(real(*args, **kwargs))
        return rendered[-1]

    monkeypatch.setattr(exports, "render_to_string", keep)
    assert exports.attendance_sheet_pdf(event, event.days[0]).startswith(b"%PDF")
    [html] = rendered
    assert "Registruota Dalyvė" in html and "Ona Ateivė" in html and "NVO" in html
    assert '<td class="number">2</td>' in html and "Kitos dienos" not in html
