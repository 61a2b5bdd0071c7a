"""Authoring: programmes, modules, lessons and quizzes (questions: ``bank``).

``data`` arguments are a form's cleaned data: model field names, including the
per-language columns (``title_lt``, ``title_en``, ``title_nb``).
"""

from collections.abc import Iterable
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from tiltas.accounts.models import User
from tiltas.core.audit import audit_record
from tiltas.core.i18n import translated_names
from tiltas.core.services import model_update

from ..models import (
    Lesson,
    Module,
    Programme,
    ProgrammeCompetency,
    Quiz,
    Status,
)
from ..selectors import random_pool

PROGRAMME_FIELDS = (
    "slug",
    *translated_names("title", "summary", "audience"),
    "language",
    "hours",
    "activity",
    "enrolment_open",
)
MODULE_FIELDS = tuple(translated_names("title", "summary"))
LESSON_FIELDS = (*translated_names("title", "body"), "video_url", "required")
QUIZ_FIELDS = (
    *translated_names("title"),
    "passing_grade",
    "attempt_limit",
    "shuffle_options",
    "review",
    "random_count",
    "random_topic",
)


def _save(obj: models.Model, *, actor: User, action: str, changed: list[str]) -> None:
    obj.full_clean()
    obj.save()
    audit_record(actor=actor, action=action, obj=obj, changed_fields=changed)


# --- Programmes ---------------------------------------------------------------


def programme_create(
    *, actor: User, data: dict[str, Any], trainers: Iterable[Any] = ()
) -> Programme:
    with transaction.atomic():
        programme = Programme()
        changed = model_update(programme, data=data, fields=PROGRAMME_FIELDS)
        _save(programme, actor=actor, action="learning.programme.created", changed=changed)
        people = list(trainers)
        if getattr(actor, "role", "") == "trainer" and actor not in people:
            people.append(actor)  # a trainer authors their own programmes
        programme.trainers.set(people)
    return programme


def programme_update(
    *,
    programme: Programme,
    actor: User,
    data: dict[str, Any],
    trainers: Iterable[Any] | None = None,
) -> Programme:
    with transaction.atomic():
        changed = model_update(programme, data=data, fields=PROGRAMME_FIELDS)
        programme.updated_at = timezone.now()
        _save(programme, actor=actor, action="learning.programme.updated", changed=changed)
        if trainers is not None:
            programme.trainers.set(list(trainers))
    return programme


def programme_publish(*, programme: Programme, actor: User) -> Programme:
    with transaction.atomic():
        programme = Programme.objects.select_for_update().get(pk=programme.pk)
        if not Lesson.objects.filter(module__programme=programme).exists():
            raise ValidationError(
                _("Add at least one lesson before publishing the programme."), code="empty"
            )
        programme.status = Status.PUBLISHED
        programme.published_at = programme.published_at or timezone.now()
        programme.save(update_fields=["status", "published_at"])
        audit_record(
            actor=actor,
            action="learning.programme.published",
            obj=programme,
            changed_fields=["status", "published_at"],
        )
    return programme


def programme_archive(*, programme: Programme, actor: User) -> Programme:
    with transaction.atomic():
        programme.status = Status.ARCHIVED
        programme.save(update_fields=["status"])
        audit_record(
            actor=actor,
            action="learning.programme.archived",
            obj=programme,
            changed_fields=["status"],
        )
    return programme


def programme_competency_set(
    *, programme: Programme, actor: User, levels: dict[Any, int | None]
) -> None:
    """Set the competencies the programme develops: {competency: target level or None}."""
    with transaction.atomic():
        for competency, level in levels.items():
            if level:
                ProgrammeCompetency.objects.update_or_create(
                    programme=programme, competency=competency, defaults={"target_level": level}
                )
            else:
                ProgrammeCompetency.objects.filter(
                    programme=programme, competency=competency
                ).delete()
        audit_record(
            actor=actor,
            action="learning.programme.competencies_set",
            obj=programme,
            changed_fields=["competencies"],
        )


# --- Modules and lessons ------------------------------------------------------


def _next_order(queryset: models.QuerySet[Any]) -> int:
    return (queryset.aggregate(top=Max("order"))["top"] or 0) + 1


def _move(obj: Any, siblings: models.QuerySet[Any], direction: str) -> bool:
    """Swap ``obj`` with its neighbour; renumber first so equal orders cannot stick."""
    items = list(siblings.select_for_update().order_by("order", "pk"))
    index = next(i for i, item in enumerate(items) if item.pk == obj.pk)
    target = index - 1 if direction == "up" else index + 1
    if direction not in {"up", "down"} or not 0 <= target < len(items):
        return False
    items[index], items[target] = items[target], items[index]
    for position, item in enumerate(items, start=1):
        if item.order != position:
            item.order = position
            item.save(update_fields=["order"])
    return True


def module_create(*, programme: Programme, actor: User, data: dict[str, Any]) -> Module:
    with transaction.atomic():
        module = Module(programme=programme, order=_next_order(programme.modules.all()))
        changed = model_update(module, data=data, fields=MODULE_FIELDS)
        _save(module, actor=actor, action="learning.module.created", changed=changed)
    return module


def module_update(*, module: Module, actor: User, data: dict[str, Any]) -> Module:
    with transaction.atomic():
        changed = model_update(module, data=data, fields=MODULE_FIELDS)
        _save(module, actor=actor, action="learning.module.updated", changed=changed)
    return module


def module_move(*, module: Module, actor: User, direction: str) -> None:
    with transaction.atomic():
        if _move(module, Module.objects.filter(programme_id=module.programme_id), direction):
            audit_record(
                actor=actor, action="learning.module.moved", obj=module, changed_fields=["order"]
            )


def module_delete(*, module: Module, actor: User) -> None:
    with transaction.atomic():
        audit_record(actor=actor, action="learning.module.deleted", obj=module)
        module.delete()


def lesson_create(*, module: Module, actor: User, data: dict[str, Any]) -> Lesson:
    with transaction.atomic():
        lesson = Lesson(module=module, order=_next_order(module.lessons.all()))
        changed = model_update(lesson, data=data, fields=LESSON_FIELDS)
        _save(lesson, actor=actor, action="learning.lesson.created", changed=changed)
    return lesson


def lesson_update(*, lesson: Lesson, actor: User, data: dict[str, Any]) -> Lesson:
    with transaction.atomic():
        changed = model_update(lesson, data=data, fields=LESSON_FIELDS)
        _save(lesson, actor=actor, action="learning.lesson.updated", changed=changed)
    return lesson


def lesson_move(*, lesson: Lesson, actor: User, direction: str) -> None:
    with transaction.atomic():
        if _move(lesson, Lesson.objects.filter(module_id=lesson.module_id), direction):
            audit_record(
                actor=actor, action="learning.lesson.moved", obj=lesson, changed_fields=["order"]
            )


def lesson_delete(*, lesson: Lesson, actor: User) -> None:
    with transaction.atomic():
        audit_record(actor=actor, action="learning.lesson.deleted", obj=lesson)
        lesson.delete()


# --- Quizzes ------------------------------------------------------------------


def _check_random_draw(quiz: Quiz, changed: list[str]) -> None:
    """Asking for more random questions than the bank holds is refused when the
    draw is set; a bank that shrinks later makes attempts draw fewer."""
    if not quiz.random_count or not {"random_count", "random_topic"} & set(changed):
        return
    available = random_pool(quiz).count()
    if quiz.random_count > available:
        message = ngettext(
            "The question bank has only %(count)d question to draw from "
            "(not counting the quiz's fixed questions).",
            "The question bank has only %(count)d questions to draw from "
            "(not counting the quiz's fixed questions).",
            available,
        ) % {"count": available}
        raise ValidationError({"random_count": ValidationError(message, code="bank")})


def quiz_create(*, module: Module, actor: User, data: dict[str, Any]) -> Quiz:
    with transaction.atomic():
        quiz = Quiz(module=module)
        changed = model_update(quiz, data=data, fields=QUIZ_FIELDS)
        _check_random_draw(quiz, changed)
        _save(quiz, actor=actor, action="learning.quiz.created", changed=changed)
    return quiz


def quiz_update(*, quiz: Quiz, actor: User, data: dict[str, Any]) -> Quiz:
    with transaction.atomic():
        changed = model_update(quiz, data=data, fields=QUIZ_FIELDS)
        _check_random_draw(quiz, changed)
        _save(quiz, actor=actor, action="learning.quiz.updated", changed=changed)
    return quiz
