"""Grow a programme to the issue's size quickly: 1,000 learners and 1,000 lessons.

Factories save one row at a time (seconds for thousands of rows); these helpers use
``bulk_create`` so the query-count tests can compare 10 with 1,000 in well under 20 s.
"""

import itertools

from django.utils import timezone

from tiltas.accounts.models import User
from tiltas.learning.models import Enrolment, Lesson, LessonProgress, Module, Programme

_batch = itertools.count()


def add_lessons(module: Module, count: int) -> list[Lesson]:
    start = module.lessons.count()
    Lesson.objects.bulk_create(
        Lesson(module=module, order=start + i + 1, title=f"Bulk lesson {start + i}", body="Text")
        for i in range(count)
    )
    return list(module.lessons.order_by("-pk")[:count])


def add_learners(programme: Programme, count: int, *, completed: list[Lesson]) -> list[User]:
    """``count`` new people enrolled in ``programme``, each having completed ``completed``."""
    batch = next(_batch)
    User.objects.bulk_create(
        User(email=f"bulk-{batch}-{i}@example.org", full_name=f"Learner {batch}-{i}")
        for i in range(count)
    )
    people = list(User.objects.filter(email__startswith=f"bulk-{batch}-"))
    Enrolment.objects.bulk_create(Enrolment(programme=programme, person=p) for p in people)
    now = timezone.now()
    LessonProgress.objects.bulk_create(
        LessonProgress(person=p, lesson=lesson, viewed_at=now, completed_at=now)
        for p in people
        for lesson in completed
    )
    return people


def grow(programme: Programme, module: Module, *, to: int, lessons_done: int = 1) -> None:
    """Bring ``programme`` to ``to`` learners and ``to`` lessons (counting what exists)."""
    lessons = Lesson.objects.filter(module__programme=programme).count()
    if lessons < to:
        add_lessons(module, to - lessons)
    learners = programme.enrolments.count()
    if learners < to:
        lessons_of = Lesson.objects.filter(module__programme=programme).order_by("pk")
        done = list(lessons_of[:lessons_done])
        add_learners(programme, to - learners, completed=done)
