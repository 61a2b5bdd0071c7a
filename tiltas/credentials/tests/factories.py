"""Achievements that earn certificates, recorded through the real services."""

from datetime import timedelta

from django.utils import timezone

from tiltas.accounts.models import ProjectRole
from tiltas.accounts.tests.factories import OrganisationFactory, UserFactory
from tiltas.competencies.tests.factories import CompetencyFactory
from tiltas.credentials.models import Signatory
from tiltas.events.models import EventStatus
from tiltas.events.services import attendance_set, event_mark_held
from tiltas.events.tests.factories import EventFactory, RegistrationFactory
from tiltas.learning.models import ProgrammeCompetency
from tiltas.learning.services import enrolment_self, lesson_complete
from tiltas.learning.tests.factories import LessonFactory, ProgrammeFactory


def issuer_and_signatory() -> None:
    OrganisationFactory(name="Vidaus reikalų ministerija", project_role=ProjectRole.APPLICANT)
    Signatory.objects.create(
        name="Rūta Petraitienė", title_lt="Projekto vadovė", title_en="Project manager"
    )


def programme_with_competency(*, title: str = "Social clustering basics", level: int = 3):
    programme = ProgrammeFactory(title=title, title_en=title, hours=16)
    lesson = LessonFactory(module__programme=programme)
    competency = CompetencyFactory(code="SC1", name_en="Building partnerships")
    ProgrammeCompetency.objects.create(
        programme=programme, competency=competency, target_level=level
    )
    return programme, lesson


def complete_programme(person, programme, lesson):
    """The learner enrols and completes the only lesson: learning records the completion."""
    enrolment_self(programme=programme, person=person)
    lesson_complete(lesson=lesson, person=person)


def past_event(*, days: int = 2, **fields):
    """A published event that ended yesterday, ``days`` days long."""
    starts = timezone.now().replace(hour=7, minute=0, second=0, microsecond=0) - timedelta(
        days=days
    )
    return EventFactory(
        starts_at=starts,
        ends_at=starts + timedelta(days=days - 1, hours=8),
        status=EventStatus.PUBLISHED,
        **fields,
    )


def attend(event, person, days, coordinator):
    registration = RegistrationFactory(event=event, person=person)
    for day in event.days[:days]:
        attendance_set(registration=registration, day=day, present=True, actor=coordinator)
    return registration


def hold(event, coordinator):
    return event_mark_held(event=event, actor=coordinator)


def new_person(**fields):
    return UserFactory(**fields)
