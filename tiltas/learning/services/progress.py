"""Lesson progress and programme completion."""

from django.db import IntegrityError, transaction
from django.utils import timezone

from tiltas.accounts.models import User
from tiltas.core.audit import audit_record

from ..models import Attempt, Completion, Enrolment, Lesson, LessonProgress, Programme, Quiz
from ..signals import completion_recorded


def _enrolled(person: User, programme: Programme) -> bool:
    return Enrolment.objects.filter(programme=programme, person=person).exists()


def lesson_view(
    *, lesson: Lesson, person: User, enrolled: bool | None = None
) -> LessonProgress | None:
    """Record the first view; previews by staff who are not enrolled leave no trace.
    ``enrolled``: when the caller has checked already (the lesson page's access)."""
    if enrolled is None:
        enrolled = _enrolled(person, lesson.module.programme)
    if not enrolled:
        return None
    progress, _created = LessonProgress.objects.get_or_create(person=person, lesson=lesson)
    return progress


def lesson_complete(*, lesson: Lesson, person: User) -> LessonProgress | None:
    programme = lesson.module.programme
    if not _enrolled(person, programme):
        return None
    with transaction.atomic():
        progress, _created = LessonProgress.objects.get_or_create(person=person, lesson=lesson)
        if progress.completed_at is None:
            progress.completed_at = timezone.now()
            progress.save(update_fields=["completed_at"])
            audit_record(
                actor=person,
                action="learning.lesson.completed",
                obj=progress,
                changed_fields=["completed_at"],
            )
        completion_check(programme=programme, person=person)
    return progress


def completion_check(*, programme: Programme, person: User) -> Completion | None:
    """Create the completion (and its competency evidence) once every required lesson
    is done and every quiz passed. Safe to call repeatedly."""
    existing = Completion.objects.filter(programme=programme, person=person).first()
    if existing is not None:
        return existing
    required = Lesson.objects.filter(module__programme=programme, required=True)
    done = LessonProgress.objects.filter(
        person=person, lesson__in=required, completed_at__isnull=False
    ).count()
    if done < required.count():
        return None
    quizzes = Quiz.objects.filter(module__programme=programme)
    passed = (
        Attempt.objects.filter(person=person, quiz__in=quizzes, passed=True)
        .values("quiz")
        .distinct()
        .count()
    )
    if passed < quizzes.count():
        return None
    if not required.exists() and not quizzes.exists():
        return None  # an empty programme cannot be completed
    with transaction.atomic():
        try:
            with transaction.atomic():
                completion = Completion.objects.create(
                    person=person,
                    programme=programme,
                    completed_on=timezone.localdate(),
                    hours=programme.hours,
                )
        except IntegrityError:
            return Completion.objects.get(programme=programme, person=person)
        audit_record(
            actor=person,
            action="learning.completion.created",
            obj=completion,
            changed_fields=["completed_on", "hours"],
        )
        completion_recorded.send(sender=Completion, completion=completion)
    return completion
