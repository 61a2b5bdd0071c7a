from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from tiltas.accounts.tests.factories import OrganisationFactory, UserFactory
from tiltas.core.models import AuditEntry
from tiltas.learning import services
from tiltas.learning.models import (
    Completion,
    Enrolment,
    EnrolmentSource,
    LessonProgress,
    ProgrammeCompetency,
    Status,
)

from .factories import (
    EnrolmentFactory,
    LessonFactory,
    ProgrammeFactory,
    competency,
    course,
    single_choice,
)
from .helpers import raises_code

pytestmark = pytest.mark.django_db

# --- Enrolment ----------------------------------------------------------------


def test_self_enrolment_in_open_published_programme(member):
    programme = ProgrammeFactory()
    enrolment = services.enrolment_self(programme=programme, person=member)
    assert enrolment.source == EnrolmentSource.SELF
    # Enrolling again keeps the one enrolment.
    assert services.enrolment_self(programme=programme, person=member) == enrolment
    assert Enrolment.objects.count() == 1
    assert AuditEntry.objects.filter(action="learning.enrolment.created").count() == 1


@pytest.mark.parametrize(
    "kwargs", [{"status": Status.DRAFT, "published_at": None}, {"enrolment_open": False}]
)
def test_self_enrolment_refused_when_not_open(member, kwargs):
    programme = ProgrammeFactory(**kwargs)
    with pytest.raises(ValidationError):
        services.enrolment_self(programme=programme, person=member)
    assert not Enrolment.objects.exists()


def test_bulk_enrolment_by_emails(coordinator):
    programme = ProgrammeFactory()
    alice = UserFactory(email="alice@example.org")
    bob = UserFactory(email="bob@example.org")
    EnrolmentFactory(programme=programme, person=bob)
    result = services.enrolment_bulk_by_emails(
        programme=programme,
        emails="Alice@example.org, bob@example.org\nnobody@example.org",
        actor=coordinator,
    )
    assert result.enrolled == ["alice@example.org"]
    assert result.already == ["bob@example.org"]
    assert result.unknown == ["nobody@example.org"]
    enrolment = Enrolment.objects.get(person=alice)
    assert enrolment.source == EnrolmentSource.COORDINATOR


def test_people_enrolled_by_someone_else_get_an_email(
    coordinator, member, django_capture_on_commit_callbacks
):
    from django.core import mail

    programme = ProgrammeFactory(title="Klasterių pagrindai", title_en="Cluster basics")
    member.preferred_language = "en"
    member.save()
    with django_capture_on_commit_callbacks(execute=True):
        services.enrolment_bulk_by_emails(
            programme=programme, emails=member.email, actor=coordinator
        )
        services.enrolment_self(programme=ProgrammeFactory(), person=UserFactory())
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [member.email]
    assert "Cluster basics" in message.subject
    assert f"/en/programmes/{programme.slug}/learn/" in message.body


def test_bulk_enrolment_rejects_bad_address_whole(coordinator):
    programme = ProgrammeFactory()
    UserFactory(email="alice@example.org")
    with raises_code("invalid"):
        services.enrolment_bulk_by_emails(
            programme=programme, emails="alice@example.org not-an-address", actor=coordinator
        )
    assert not Enrolment.objects.exists()


def test_bulk_enrolment_from_organisation(coordinator):
    programme = ProgrammeFactory()
    organisation = OrganisationFactory()
    people = UserFactory.create_batch(3, organisation=organisation)
    UserFactory(organisation=organisation, is_active=False)
    UserFactory()  # another organisation
    result = services.enrolment_bulk_from_organisation(
        programme=programme, organisation=organisation, actor=coordinator
    )
    assert sorted(result.enrolled) == sorted(p.email for p in people)
    assert Enrolment.objects.count() == 3


def test_event_enrolment_source(member, coordinator):
    programme = ProgrammeFactory()
    enrolment, created = services.enrolment_add(
        programme=programme, person=member, source=EnrolmentSource.EVENT, actor=coordinator
    )
    assert created and enrolment.source == "event"


# --- Progress and completion ----------------------------------------------------


def test_lesson_view_and_complete_need_enrolment(member):
    _programme, _module, lessons, _quiz = course(lessons=1, with_quiz=False)
    assert services.lesson_view(lesson=lessons[0], person=member) is None
    assert services.lesson_complete(lesson=lessons[0], person=member) is None
    assert not LessonProgress.objects.exists()


def test_completion_after_lessons_and_quiz_with_evidence(member):
    from tiltas.competencies.models import Evidence

    programme, _module, lessons, quiz = course(lessons=2, hours=Decimal("16.0"))
    optional = LessonFactory(module=lessons[0].module, required=False)
    skill = competency("SC-1")
    ProgrammeCompetency.objects.create(programme=programme, competency=skill, target_level=3)
    question, right, _wrong = single_choice(quiz)
    EnrolmentFactory(programme=programme, person=member)

    for lesson in lessons:
        services.lesson_view(lesson=lesson, person=member)
        services.lesson_complete(lesson=lesson, person=member)
    assert not Completion.objects.exists()  # the quiz is not passed yet

    attempt = services.attempt_start(quiz=quiz, person=member)
    services.attempt_submit(attempt=attempt, answers={question.pk: [right.pk]}, actor=member)

    completion = Completion.objects.get(person=member, programme=programme)
    assert completion.hours == Decimal("16.0")
    evidence = Evidence.objects.get(person=member, competency=skill)
    assert evidence.source_ref == str(completion.pk)
    assert LessonProgress.objects.filter(lesson=optional).count() == 0
    # Further calls keep the one completion and the one evidence.
    services.lesson_complete(lesson=lessons[0], person=member)
    assert Completion.objects.count() == 1 and Evidence.objects.count() == 1


def test_completed_lesson_keeps_its_first_completion_time(member):
    programme, _module, lessons, _quiz = course(lessons=1, with_quiz=True)
    EnrolmentFactory(programme=programme, person=member)
    first = services.lesson_complete(lesson=lessons[0], person=member)
    again = services.lesson_complete(lesson=lessons[0], person=member)
    assert first.completed_at == again.completed_at
    assert AuditEntry.objects.filter(action="learning.lesson.completed").count() == 1


# --- Quiz attempts ------------------------------------------------------------------
