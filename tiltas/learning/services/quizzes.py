"""Quiz attempts: start, then submit once.

An attempt shows the quiz's fixed questions, then ``random_count`` questions
drawn from the programme's bank when it starts; it keeps their ids
(``question_ids``), so a reload shows the same questions and only those are
answered and scored."""

import random
from decimal import ROUND_HALF_UP, Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from tiltas.accounts.models import User
from tiltas.core.audit import audit_record

from ..models import Attempt, AttemptAnswer, Enrolment, Question, QuestionKind, Quiz
from ..selectors import attempt_questions, quiz_fixed_questions, random_pool
from .progress import completion_check

#: What a learner answered: {question id: [option ids]} or {question id: "text"}.
Answers = dict[int, list[int] | str]


def attempt_start(*, quiz: Quiz, person: User) -> Attempt:
    """Open a new attempt, or return the one still open. Refused past the limit."""
    programme = quiz.module.programme
    with transaction.atomic():
        # Locking the enrolment row serialises two starts by the same person, so
        # the attempt limit cannot be overrun by a double click.
        enrolment = (
            Enrolment.objects.select_for_update().filter(programme=programme, person=person).first()
        )
        if enrolment is None:
            raise ValidationError(_("Enrol in the programme to take its quizzes."), code="enrol")
        attempts = list(Attempt.objects.filter(quiz=quiz, person=person).order_by("number"))
        for attempt in attempts:
            if attempt.is_open:
                return attempt
        if quiz.attempt_limit and len(attempts) >= quiz.attempt_limit:
            raise ValidationError(
                _("You have used all %(limit)d attempts at this quiz.")
                % {"limit": quiz.attempt_limit},
                code="limit",
            )
        questions = quiz_fixed_questions(quiz)
        if quiz.random_count:
            pool = list(random_pool(quiz).order_by().values_list("pk", flat=True))
            # Fewer when the bank has fewer: the quiz form warns about that.
            drawn = random.sample(pool, min(quiz.random_count, len(pool)))
            found = Question.objects.filter(pk__in=drawn).prefetch_related("options")
            by_pk = {question.pk: question for question in found}
            questions += [by_pk[pk] for pk in drawn if pk in by_pk]
        order: dict[str, list[int]] = {}
        for question in questions:
            ids = [option.pk for option in question.options.all()]
            if quiz.shuffle_options and question.kind != QuestionKind.TRUE_FALSE:
                random.shuffle(ids)
            order[str(question.pk)] = ids
        attempt = Attempt.objects.create(
            quiz=quiz,
            person=person,
            number=len(attempts) + 1,
            question_ids=[question.pk for question in questions],
            option_order=order,
        )
        audit_record(
            actor=person, action="learning.attempt.started", obj=attempt, changed_fields=["number"]
        )
    return attempt


def _validate(attempt: Attempt, answers: Answers) -> dict[int, Question]:
    """The attempt's questions, once every answer names one of them. A question
    deleted from the bank since the attempt started is left out, with its answer."""
    questions = {q.pk: q for q in attempt_questions(attempt)}
    shown = set(attempt.question_ids)
    for question_id, given in answers.items():
        if question_id not in shown:
            # Also a question of the quiz or the bank that this attempt did not draw.
            raise ValidationError(
                _("The answers name a question that is not part of this quiz."), code="question"
            )
        question = questions.get(question_id)
        if question is None:
            continue
        if question.uses_options:
            if isinstance(given, str):
                raise ValidationError(_("Choose one of the options."), code="option")
            option_ids = {option.pk for option in question.options.all()}
            if not set(given) <= option_ids:
                raise ValidationError(
                    _("The answers name an option that does not belong to its question."),
                    code="option",
                )
            if question.kind != QuestionKind.MULTIPLE and len(given) > 1:
                raise ValidationError(
                    _("Choose only one option for a single-choice question."), code="option"
                )
        elif not isinstance(given, str):
            raise ValidationError(_("Type an answer."), code="text")
    return questions


def _is_correct(question: Question, given: list[int] | str | None) -> bool:
    if given is None:
        return False
    if isinstance(given, str):
        wanted = {answer.casefold() for answer in question.accepted_list()}
        return " ".join(given.split()).casefold() in wanted
    correct = {option.pk for option in question.options.all() if option.correct}
    return bool(correct) and set(given) == correct


def attempt_submit(*, attempt: Attempt, answers: Answers, actor: User) -> Attempt:
    """Grade and close the attempt. A second submit of the same attempt changes nothing."""
    with transaction.atomic():
        locked = Attempt.objects.select_for_update().select_related("quiz").get(pk=attempt.pk)
        if locked.person_id != actor.pk:
            raise ValidationError(_("This attempt is not yours."), code="owner")
        if not locked.is_open:
            return locked
        quiz = locked.quiz
        questions = _validate(locked, answers)
        correct_count = 0
        for question in questions.values():
            given = answers.get(question.pk)
            correct = _is_correct(question, given)
            correct_count += int(correct)
            answer = AttemptAnswer.objects.create(
                attempt=locked,
                question=question,
                text_answer=given[:500] if isinstance(given, str) else "",
                correct=correct,
            )
            if isinstance(given, list) and given:
                answer.selected_options.set(given)
        total = len(questions)
        score = (
            (Decimal(100) * correct_count / total).quantize(Decimal("0.01"), ROUND_HALF_UP)
            if total
            else Decimal(100)
        )
        locked.score = score
        locked.passed = score >= quiz.passing_grade
        locked.submitted_at = timezone.now()
        locked.save(update_fields=["score", "passed", "submitted_at"])
        audit_record(
            actor=actor,
            action="learning.attempt.submitted",
            obj=locked,
            changed_fields=["score", "passed", "submitted_at"],
        )
        if locked.passed:
            completion_check(programme=quiz.module.programme, person=locked.person)
    return locked
