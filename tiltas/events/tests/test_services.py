from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from tiltas.core.models import AuditEntry
from tiltas.events import services
from tiltas.events.models import Event, EventStatus, QuestionKind, Registration, RegistrationStatus

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


def test_mark_held_only_after_the_end(coordinator):
    event = EventFactory()
    with pytest.raises(ValidationError):
        services.event_mark_held(event=event, actor=coordinator)
    # Started two hours ago but still running: not yet.
    running = EventFactory(starts_at=timezone.now() - timedelta(hours=2))
    with pytest.raises(ValidationError) as error, translation.override("en"):
        services.event_mark_held(event=running, actor=coordinator)
    assert error.value.code == "not_ended"
    assert "has not ended yet" in " ".join(error.value.messages)
    running.refresh_from_db()
    assert running.status == EventStatus.PUBLISHED
    event = EventFactory(
        starts_at=timezone.now() - timedelta(hours=9), ends_at=timezone.now() - timedelta(hours=2)
    )
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


def test_waiting_place_renumbered_when_first_confirmed_cancels(make_user, client):
    """1 place, 3 people: when the confirmed one cancels, the second is promoted
    and the third, now first in line, reads place 1 (not 2)."""
    event = EventFactory(capacity=1)
    first, second, third = (register(event, make_user()) for _ in range(3))
    services.registration_cancel(registration=first, actor=first.person)
    second.refresh_from_db()
    third.refresh_from_db()
    assert second.status == Status.CONFIRMED
    assert (third.status, third.position) == (Status.WAITING, 1)
    client.force_login(third.person)
    page = client.get(f"/en/events/registrations/{third.pk}/").content.decode()
    assert "place 1 on the waiting list" in page


def test_waiting_place_renumbered_when_someone_waiting_leaves(make_user, coordinator):
    event = EventFactory(capacity=1)
    _confirmed, a, b, c = (register(event, make_user()) for _ in range(4))
    services.registration_cancel(registration=a, actor=a.person)
    services.registration_remove(registration=c, actor=coordinator)
    b.refresh_from_db()
    assert (b.status, b.position) == (Status.WAITING, 1)
    d = register(event, make_user())
    assert d.position == 2


def test_held_event_of_a_programme_gives_attendance_evidence(make_user, coordinator):
    """Issue 3: everyone present at least one day gets automatic evidence of each
    competency the programme develops, at its target level; once only."""
    from tiltas.competencies.models import Evidence
    from tiltas.competencies.tests.factories import CompetencyFactory
    from tiltas.learning.models import ProgrammeCompetency
    from tiltas.learning.tests.factories import ProgrammeFactory

    programme = ProgrammeFactory()
    first_skill, second_skill = CompetencyFactory(), CompetencyFactory()
    ProgrammeCompetency.objects.create(programme=programme, competency=first_skill, target_level=2)
    ProgrammeCompetency.objects.create(programme=programme, competency=second_skill, target_level=3)
    ends = timezone.now() - timedelta(days=1)
    event = EventFactory(
        programme=programme, starts_at=ends - timedelta(days=1, hours=7), ends_at=ends
    )
    present = RegistrationFactory(event=event)
    present.attendances.create(day=event.days[1])
    absent = RegistrationFactory(event=event)
    services.event_mark_held(event=event, actor=coordinator)
    evidence = Evidence.objects.filter(source="event_attendance")
    assert sorted((e.person_id, e.competency_id, e.validated_level) for e in evidence) == sorted(
        [(present.person_id, first_skill.pk, 2), (present.person_id, second_skill.pk, 3)]
    )
    record = evidence.first()
    assert record.source_ref == str(present.pk)
    assert record.occurred_on == event.local_ends_at.date()
    assert record.title == event.title
    assert not Evidence.objects.filter(person=absent.person).exists()
    # Marking held again is refused and adds nothing; the recording itself is idempotent.
    with pytest.raises(ValidationError):
        services.event_mark_held(event=event, actor=coordinator)
    from tiltas.events.signals import event_held

    event_held.send(sender=Event, event=event)  # a receiver run twice adds nothing
    assert evidence.count() == 2


def test_held_event_without_programme_gives_no_evidence(coordinator):
    from tiltas.competencies.models import Evidence

    ends = timezone.now() - timedelta(hours=1)
    event = EventFactory(starts_at=ends - timedelta(hours=6), ends_at=ends)
    RegistrationFactory(event=event).attendances.create(day=event.days[0])
    services.event_mark_held(event=event, actor=coordinator)
    assert not Evidence.objects.exists()


def test_rejected_and_removed_people_are_told_in_their_language(
    make_user, coordinator, django_capture_on_commit_callbacks
):
    event = EventFactory(capacity=5, approval_required=True, title_lt="Mokymai", title_nb="Kurs")
    rejected = register(event, make_user(preferred_language="en"))
    removed = services.registration_add(
        event=event, person=make_user(preferred_language="nb"), actor=coordinator
    )
    mail.outbox.clear()
    with django_capture_on_commit_callbacks() as callbacks:
        services.registration_reject(registration=rejected, actor=coordinator)
        services.registration_remove(registration=removed, actor=coordinator)
    assert mail.outbox == []  # sent only after the transaction commits
    for callback in callbacks:
        callback()
    by_person = {m.to[0]: m for m in mail.outbox}
    assert set(by_person) == {rejected.person.email, removed.person.email}
    assert "Registration not approved" in by_person[rejected.person.email].subject
    assert "did not approve" in by_person[rejected.person.email].body
    removed_mail = by_person[removed.person.email]
    assert "Kurs" in removed_mail.subject
    assert "Registration removed" not in removed_mail.subject  # written in Norwegian
    assert not removed_mail.attachments


def test_moved_participant_gets_only_the_new_events_confirmation(
    make_user, coordinator, django_capture_on_commit_callbacks
):
    event, other = EventFactory(), EventFactory(title_lt="Kiti mokymai")
    registration = services.registration_add(event=event, person=make_user(), actor=coordinator)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.registration_move(registration=registration, target=other, actor=coordinator)
    assert len(mail.outbox) == 1
    assert "Kiti mokymai" in mail.outbox[0].subject


def test_erasure_removes_the_persons_survey_texts_and_keeps_their_ratings(member):
    from tiltas.accounts.services import account_delete
    from tiltas.events.models import SurveyQuestion, SurveyQuestionKind, SurveyResponse

    event = EventFactory(status=EventStatus.HELD)
    rating = SurveyQuestion.objects.create(event=event, text="How useful?")
    comment = SurveyQuestion.objects.create(event=event, text="Why?", kind=SurveyQuestionKind.TEXT)
    mine = RegistrationFactory(event=event, person=member)
    other = RegistrationFactory(event=event)
    answers = {str(rating.pk): 4, str(comment.pk): "I, Ona Zyxwvutė, learnt a lot"}
    SurveyResponse.objects.create(event=event, registration=mine, answers=answers)
    SurveyResponse.objects.create(
        event=event, registration=other, answers={**answers, str(comment.pk): "Good day"}
    )
    account_delete(user=member)
    kept = sorted(SurveyResponse.objects.filter(event=event).values_list("answers", flat=True),
                  key=len)  # fmt: skip
    assert kept == [{str(rating.pk): 4}, {str(rating.pk): 4, str(comment.pk): "Good day"}]
