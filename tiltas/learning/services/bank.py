"""A programme's question bank, and the fixed questions each quiz takes from it.

Questions belong to the programme, not to a quiz: a quiz lists some of them as
its fixed questions (``QuizQuestion``, in order) and may draw more at random for
each attempt (``Quiz.random_count``, see ``quizzes.attempt_start``).
"""

from collections.abc import Iterable
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from tiltas.accounts.models import User
from tiltas.core.audit import audit_record
from tiltas.core.i18n import translated_names
from tiltas.core.services import model_update

from ..models import AttemptAnswer, Option, Programme, Question, QuestionKind, Quiz, QuizQuestion
from .authoring import _move, _next_order, _save

QUESTION_FIELDS = ("kind", "topic", *translated_names("text", "feedback"), "accepted_answers")
OPTION_FIELDS = (*translated_names("text", "feedback"), "correct")

TRUE_FALSE_LABELS = (
    {"text_lt": "Tiesa", "text_en": "True", "text_nb": "Sant"},
    {"text_lt": "Netiesa", "text_en": "False", "text_nb": "Usant"},
)


def _check_question(question: Question, options: list[dict[str, Any]]) -> None:
    if question.kind == QuestionKind.SHORT:
        if not question.accepted_list():
            raise ValidationError(
                {"accepted_answers": _("Give at least one accepted answer.")}, code="accepted"
            )
        return
    correct = sum(1 for option in options if option.get("correct"))
    if len(options) < 2:
        raise ValidationError(_("A choice question needs at least two options."), code="options")
    if correct == 0:
        raise ValidationError(_("Mark at least one option as correct."), code="correct")
    if question.kind != QuestionKind.MULTIPLE and correct != 1:
        raise ValidationError(_("Mark exactly one option as correct."), code="correct")


def question_create(
    *,
    actor: User,
    data: dict[str, Any],
    programme: Programme | None = None,
    quiz: Quiz | None = None,
    options: list[dict[str, Any]] | None = None,
    true_answer: bool = True,
) -> Question:
    """Create a question of ``programme``'s bank with its options; given a ``quiz``,
    in the bank of the quiz's programme and added to the quiz as its last fixed
    question. True/false questions get their two options here (``true_answer``
    says which is correct)."""
    if quiz is not None:
        programme = quiz.module.programme
    if programme is None:
        raise TypeError("question_create needs a programme or a quiz")
    options = list(options or [])
    with transaction.atomic():
        question = Question(programme=programme)
        changed = model_update(question, data=data, fields=QUESTION_FIELDS)
        if question.kind == QuestionKind.TRUE_FALSE:
            options = [
                {**TRUE_FALSE_LABELS[0], "correct": true_answer},
                {**TRUE_FALSE_LABELS[1], "correct": not true_answer},
            ]
        elif question.kind == QuestionKind.SHORT:
            options = []
        _check_question(question, options)
        _save(question, actor=actor, action="learning.question.created", changed=changed)
        for option in options:
            option_create(question=question, data=option)
        if quiz is not None:
            quiz_questions_add(quiz=quiz, questions=[question], actor=actor)
    return question


def option_create(*, question: Question, data: dict[str, Any]) -> Option:
    option = Option(question=question, order=_next_order(question.options.all()))
    model_update(option, data=data, fields=OPTION_FIELDS)
    option.full_clean()
    option.save()
    return option


def question_update(
    *, question: Question, actor: User, data: dict[str, Any], options: list[dict[str, Any]]
) -> Question:
    """Edit the question, in every quiz that uses it, and replace its options
    (each dict may carry an ``id``)."""
    with transaction.atomic():
        changed = model_update(question, data=data, fields=QUESTION_FIELDS)
        if question.kind == QuestionKind.SHORT:
            options = []
        _check_question(question, options)
        _save(question, actor=actor, action="learning.question.updated", changed=changed)
        existing = {option.pk: option for option in question.options.all()}
        keep = set()
        for data_option in options:
            option = existing.get(data_option.get("id") or 0)
            if option is None:
                option = option_create(question=question, data=data_option)
            else:
                model_update(option, data=data_option, fields=OPTION_FIELDS)
                option.full_clean()
                option.save()
            keep.add(option.pk)
        dropped = question.options.exclude(pk__in=keep)
        if AttemptAnswer.selected_options.through.objects.filter(option__in=dropped).exists():
            raise ValidationError(
                _(
                    "Learners chose an option you removed, so it stays to keep their "
                    "results. Change its text instead, or write a new question."
                ),
                code="chosen",
            )
        dropped.delete()
    return question


def question_delete(*, question: Question, actor: User) -> None:
    """Delete a question from the bank and from the quizzes that use it. Refused
    once a learner has answered it: the results of past attempts keep it."""
    with transaction.atomic():
        # The lock waits for a submission storing an answer to it (that insert
        # locks the question row too), so the check below sees that answer.
        question = Question.objects.select_for_update().get(pk=question.pk)
        if AttemptAnswer.objects.filter(question=question).exists():
            raise ValidationError(
                _(
                    "Learners have answered this question, so it stays in the bank to keep "
                    "their results. Remove it from the quizzes instead."
                ),
                code="answered",
            )
        audit_record(actor=actor, action="learning.question.deleted", obj=question)
        question.delete()


# --- A quiz's fixed questions ----------------------------------------------------


def quiz_questions_add(*, quiz: Quiz, questions: Iterable[Question], actor: User) -> int:
    """Add bank questions to the quiz's fixed questions, after those it has. Questions
    it has already are skipped; another programme's are refused. Returns how many
    were added."""
    with transaction.atomic():
        # The quiz row lock serialises two additions, so the orders do not collide.
        quiz = Quiz.objects.select_for_update().select_related("module").get(pk=quiz.pk)
        wanted = list(questions)
        if any(q.programme_id != quiz.module.programme_id for q in wanted):
            raise ValidationError(
                _("Only questions of this programme's bank can be added."), code="programme"
            )
        present = set(quiz.slots.values_list("question_id", flat=True))
        order = _next_order(quiz.slots.all())
        added = 0
        for question in wanted:
            if question.pk in present:
                continue
            QuizQuestion.objects.create(quiz=quiz, question=question, order=order + added)
            present.add(question.pk)
            added += 1
        if added:
            audit_record(
                actor=actor,
                action="learning.quiz.questions_added",
                obj=quiz,
                changed_fields=["fixed_questions"],
            )
    return added


def quiz_question_remove(*, quiz: Quiz, question: Question, actor: User) -> None:
    """Take a question out of the quiz; it stays in the bank, and attempts that
    showed it keep it."""
    with transaction.atomic():
        deleted, _count = QuizQuestion.objects.filter(quiz=quiz, question=question).delete()
        if deleted:
            audit_record(
                actor=actor,
                action="learning.quiz.question_removed",
                obj=quiz,
                changed_fields=["fixed_questions"],
            )


def quiz_question_move(*, quiz: Quiz, question: Question, actor: User, direction: str) -> None:
    with transaction.atomic():
        slot = QuizQuestion.objects.filter(quiz=quiz, question=question).first()
        if slot is not None and _move(slot, QuizQuestion.objects.filter(quiz=quiz), direction):
            audit_record(
                actor=actor,
                action="learning.quiz.question_moved",
                obj=quiz,
                changed_fields=["fixed_questions"],
            )
