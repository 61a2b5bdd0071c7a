"""Reads for the people who manage programmes: their list and the learners' table."""

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db.models import Count, Q, QuerySet

from tiltas.accounts.models import User
from tiltas.core.roles import is_manager

from ..models import (
    Completion,
    Enrolment,
    Lesson,
    Programme,
    ProgrammeCompetency,
    Quiz,
)


def manageable_programmes(user: User) -> QuerySet[Programme]:
    programmes = Programme.objects.annotate(
        learner_count=Count("enrolments", distinct=True)
    ).order_by("status", "activity", "title", "pk")
    if not is_manager(user):
        programmes = programmes.filter(trainers=user)
    return programmes


def learner_count(programme: Programme) -> int:
    return Enrolment.objects.filter(programme=programme).count()


@dataclass
class LearnerRow:
    enrolment: Enrolment
    lessons_done: int
    quizzes_passed: int
    percent: int
    completed_on: Any


def learner_table(programme: Programme) -> QuerySet[Enrolment]:
    """Enrolments annotated with the learner's counts, in one query."""
    return (
        Enrolment.objects.filter(programme=programme)
        .select_related("person", "person__organisation")
        .annotate(
            lessons_done=Count(
                "person__lesson_progress",
                filter=Q(
                    person__lesson_progress__lesson__module__programme=programme,
                    person__lesson_progress__lesson__required=True,
                    person__lesson_progress__completed_at__isnull=False,
                ),
                distinct=True,
            ),
            quizzes_passed=Count(
                "person__quiz_attempts__quiz",
                filter=Q(
                    person__quiz_attempts__quiz__module__programme=programme,
                    person__quiz_attempts__passed=True,
                ),
                distinct=True,
            ),
        )
        .order_by("person__full_name", "pk")
    )


def learner_rows(programme: Programme, enrolments: Iterable[Enrolment]) -> list[LearnerRow]:
    required = Lesson.objects.filter(module__programme=programme, required=True).count()
    quizzes = Quiz.objects.filter(module__programme=programme).count()
    enrolments = list(enrolments)
    completions = dict(
        Completion.objects.filter(
            programme=programme, person_id__in=[e.person_id for e in enrolments]
        ).values_list("person_id", "completed_on")
    )
    total = required + quizzes
    rows = []
    for enrolment in enrolments:
        # Annotations of learner_table(); an Iterable[Enrolment] does not carry them.
        done = enrolment.lessons_done + enrolment.quizzes_passed  # type: ignore[attr-defined]
        rows.append(
            LearnerRow(
                enrolment,
                enrolment.lessons_done,  # type: ignore[attr-defined]
                enrolment.quizzes_passed,  # type: ignore[attr-defined]
                # A completion stays complete when content is added later.
                100
                if enrolment.person_id in completions
                else (round(100 * done / total) if total else 0),
                completions.get(enrolment.person_id),
            )
        )
    return rows


def programme_competency_levels(programme_id: int) -> list[tuple[Any, int]]:
    """The competencies a programme develops with the level it brings a learner to,
    as (competency, target level), in one query: the events app records
    attendance evidence from it."""
    links = (
        ProgrammeCompetency.objects.filter(programme_id=programme_id)
        .select_related("competency")
        .order_by("competency__code")
    )
    return [(link.competency, link.target_level) for link in links]
