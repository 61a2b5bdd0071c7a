from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone

from tiltas.core.models import AuditEntry
from tiltas.events import services
from tiltas.events.models import EventStatus, QuestionKind, Registration, RegistrationStatus

from .factories import EventFactory, EventQuestionFactory, RegistrationFactory

pytestmark = pytest.mark.django_db

Status = RegistrationStatus


def register(event, person, answers=None):
    return services.registration_create(event=event, person=person, answers=answers or {})


def test_registration_confirmed_then_waiting_when_full(make_user):
    event = EventFactory(capacity=1)
    first = register(event, make_user())
    second = register(event, make_user())
    third = register(event, make_user())
    assert first.status == Status.CONFIRMED and first.position is None
    assert (second.status, second.position) == (Status.WAITING, 1)
    assert (third.status, third.position) == (Status.WAITING, 2)
    assert AuditEntry.objects.filter(action="events.registration.created").count() == 3


def test_registration_pending_when_approval_required(member):
    event = EventFactory(approval_required=True)
    assert register(event, member).status == Status.PENDING


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"status": EventStatus.CANCELLED}, "cancelled"),
        ({"status": EventStatus.DRAFT}, "closed"),
        ({"registration_closes_at": timezone.now() - timedelta(minutes=1)}, "closed"),
        ({"registration_opens_at": timezone.now() + timedelta(days=1)}, "closed"),
    ],
)
def test_registration_refused_when_not_open(member, changes, message):
    event = EventFactory(**changes)
    with pytest.raises(ValidationError) as error:
        register(event, member)
    assert error.value.code == message
    assert not Registration.objects.exists()


def test_registration_twice_refused_with_message(member):
    event = EventFactory()
    register(event, member)
    with pytest.raises(ValidationError) as error:
        register(event, member)
    assert error.value.code == "twice"
    assert error.value.messages == ["Jūs jau užsiregistravote į šį renginį."]
    assert Registration.objects.filter(event=event).count() == 1


def test_registration_missing_required_answer(member):
    question = EventQuestionFactory(required=True)
    with pytest.raises(ValidationError) as error:
        register(question.event, member)
    assert question.field_name in error.value.error_dict
    registration = register(question.event, member, {str(question.pk): "Vegetarian"})
    assert registration.answers == {str(question.pk): "Vegetarian"}


def test_registration_choice_answer_must_be_an_option(member):
    question = EventQuestionFactory(kind=QuestionKind.CHOICE, options_lt="Bus\nCar", required=False)
    with pytest.raises(ValidationError):
        register(question.event, member, {str(question.pk): "Plane"})
    assert register(question.event, member, {str(question.pk): "Car"}).answers


def test_cancel_promotes_first_waiting_and_tells_them(
    make_user, django_capture_on_commit_callbacks
):
    event = EventFactory(capacity=1)
    first = register(event, make_user())
    waiting = register(event, make_user(preferred_language="en"))
    later = register(event, make_user())
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.registration_cancel(registration=first, actor=first.person)
    waiting.refresh_from_db()
    later.refresh_from_db()
    first.refresh_from_db()
    assert first.status == Status.CANCELLED
    assert (waiting.status, waiting.position) == (Status.CONFIRMED, None)
    assert later.status == Status.WAITING
    assert [m.to for m in mail.outbox] == [[waiting.person.email]]
    assert "A place is yours" in mail.outbox[0].subject
    assert mail.outbox[0].attachments[0].filename.endswith(".ics")
    assert AuditEntry.objects.filter(action="events.registration.promoted").exists()


def test_cancel_refused_after_deadline(member):
    event = EventFactory(cancellation_deadline=timezone.now() - timedelta(hours=1))
    registration = RegistrationFactory(event=event, person=member)
    with pytest.raises(ValidationError) as error:
        services.registration_cancel(registration=registration, actor=member)
    assert error.value.code == "deadline"


def test_register_again_after_cancelling(member):
    event = EventFactory()
    registration = register(event, member)
    services.registration_cancel(registration=registration, actor=member)
    again = register(event, member)
    assert again.pk == registration.pk and again.status == Status.CONFIRMED


def test_approve_and_reject(make_user, coordinator):
    event = EventFactory(capacity=1, approval_required=True)
    a, b, c = (register(event, make_user()) for _ in range(3))
    services.registration_approve(registration=a, actor=coordinator)
    services.registration_approve(registration=b, actor=coordinator)
    services.registration_reject(registration=c, actor=coordinator)
    a.refresh_from_db(), b.refresh_from_db(), c.refresh_from_db()
    assert [a.status, b.status, c.status] == [Status.CONFIRMED, Status.WAITING, Status.REJECTED]
    services.registration_reject(registration=a, actor=coordinator)
    b.refresh_from_db()
    assert b.status == Status.CONFIRMED
    with pytest.raises(ValidationError) as error:
        register(event, c.person)
    assert error.value.code == "rejected"


def test_coordinator_add_remove_move(make_user, coordinator):
    event = EventFactory(capacity=1)
    other = EventFactory(capacity=5)
    person, waiting_person = make_user(), make_user()
    added = services.registration_add(event=event, person=person, actor=coordinator)
    waiting = services.registration_add(event=event, person=waiting_person, actor=coordinator)
    assert (added.status, waiting.status) == (Status.CONFIRMED, Status.WAITING)
    moved = services.registration_move(registration=added, target=other, actor=coordinator)
    assert moved.event == other and moved.status == Status.CONFIRMED
    waiting.refresh_from_db()
    assert waiting.status == Status.CONFIRMED
    services.registration_remove(registration=waiting, actor=coordinator)
    assert AuditEntry.objects.filter(action="events.registration.removed").count() == 2


def test_capacity_increase_promotes(make_user, coordinator):
    event = EventFactory(capacity=1)
    register(event, make_user())
    waiting = register(event, make_user())
    services.event_update(event=event, data={"capacity": 2}, trainers=[], actor=coordinator)
    waiting.refresh_from_db()
    assert waiting.status == Status.CONFIRMED


def test_event_cancel_notifies_everyone(make_user, coordinator, django_capture_on_commit_callbacks):
    event = EventFactory(capacity=1)
    people = [make_user(preferred_language=lang) for lang in ("lt", "nb")]
    for person in people:
        register(event, person)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.event_cancel(event=event, actor=coordinator)
    assert sorted(m.to[0] for m in mail.outbox) == sorted(p.email for p in people)
    with pytest.raises(ValidationError):
        register(event, make_user())


def test_mark_held_only_after_start(coordinator):
    event = EventFactory()
    with pytest.raises(ValidationError):
        services.event_mark_held(event=event, actor=coordinator)
    event = EventFactory(starts_at=timezone.now() - timedelta(hours=2))
    services.event_mark_held(event=event, actor=coordinator)
    event.refresh_from_db()
    assert event.status == EventStatus.HELD and event.held_at


def test_edit_answers(member):
    question = EventQuestionFactory(required=True)
    registration = register(question.event, member, {str(question.pk): "a"})
    services.registration_answers_update(
        registration=registration, answers={str(question.pk): "b"}, actor=member
    )
    registration.refresh_from_db()
    assert registration.answers == {str(question.pk): "b"}
    with pytest.raises(ValidationError):
        services.registration_answers_update(registration=registration, answers={}, actor=member)
