"""Quiz attempts: start, limits, scoring, refusals, double submits."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from tiltas.accounts.tests.factories import UserFactory
from tiltas.core.models import AuditEntry
from tiltas.learning import services
from tiltas.learning.models import (
    Attempt,
    AttemptAnswer,
    Question,
    QuestionKind,
)

from .factories import (
    EnrolmentFactory,
    OptionFactory,
    QuestionFactory,
    QuizFactory,
    course,
    single_choice,
)
from .helpers import raises_code

pytestmark = pytest.mark.django_db


@pytest.fixture
def enrolled_quiz(member):
    programme, _module, _lessons, quiz = course(lessons=1)
    EnrolmentFactory(programme=programme, person=member)
    q1, right, wrong = single_choice(quiz)
    return quiz, q1, right, wrong


def test_attempt_start_needs_enrolment(member):
    quiz = QuizFactory()
    with raises_code("enrol"):
        services.attempt_start(quiz=quiz, person=member)


def test_open_attempt_is_reused(member, enrolled_quiz):
    quiz, *_ = enrolled_quiz
    first = services.attempt_start(quiz=quiz, person=member)
    assert services.attempt_start(quiz=quiz, person=member) == first
    assert first.number == 1


def test_attempts_past_the_limit_refused(member, enrolled_quiz):
    quiz, question, _right, wrong = enrolled_quiz
    quiz.attempt_limit = 2
    quiz.save()
    for _ in range(2):
        attempt = services.attempt_start(quiz=quiz, person=member)
        services.attempt_submit(attempt=attempt, answers={question.pk: [wrong.pk]}, actor=member)
    with raises_code("limit"):
        services.attempt_start(quiz=quiz, person=member)
    assert Attempt.objects.count() == 2


def test_submit_scores_and_passes(member, enrolled_quiz):
    quiz, q1, right, _wrong = enrolled_quiz
    q2, _right2, wrong2 = single_choice(quiz, text="Second")
    attempt = services.attempt_start(quiz=quiz, person=member)
    done = services.attempt_submit(
        attempt=attempt, answers={q1.pk: [right.pk], q2.pk: [wrong2.pk]}, actor=member
    )
    assert done.score == Decimal("50.00")
    assert done.passed  # passing grade 50 %
    assert done.submitted_at is not None
    assert AttemptAnswer.objects.filter(attempt=done, correct=True).count() == 1


def test_unanswered_question_counts_as_wrong(member, enrolled_quiz):
    quiz, *_ = enrolled_quiz
    attempt = services.attempt_start(quiz=quiz, person=member)
    done = services.attempt_submit(attempt=attempt, answers={}, actor=member)
    assert done.score == Decimal("0.00") and not done.passed


def test_double_submit_counts_once(member, enrolled_quiz):
    quiz, question, right, wrong = enrolled_quiz
    attempt = services.attempt_start(quiz=quiz, person=member)
    first = services.attempt_submit(
        attempt=attempt, answers={question.pk: [wrong.pk]}, actor=member
    )
    second = services.attempt_submit(
        attempt=attempt, answers={question.pk: [right.pk]}, actor=member
    )
    assert second.score == first.score == Decimal("0.00")
    assert not second.passed
    assert AttemptAnswer.objects.filter(attempt=attempt).count() == 1
    assert AuditEntry.objects.filter(action="learning.attempt.submitted").count() == 1


def test_submit_refuses_question_of_another_quiz(member, enrolled_quiz):
    quiz, question, right, _wrong = enrolled_quiz
    foreign_question, foreign_option, _ = single_choice(QuizFactory())
    attempt = services.attempt_start(quiz=quiz, person=member)
    with raises_code("question"):
        services.attempt_submit(
            attempt=attempt,
            answers={question.pk: [right.pk], foreign_question.pk: [foreign_option.pk]},
            actor=member,
        )
    attempt.refresh_from_db()
    assert attempt.is_open and not AttemptAnswer.objects.exists()


def test_submit_refuses_option_of_another_question(member, enrolled_quiz):
    quiz, question, _right, _wrong = enrolled_quiz
    _other, other_option, _ = single_choice(quiz, text="Other")
    attempt = services.attempt_start(quiz=quiz, person=member)
    with raises_code("option"):
        services.attempt_submit(
            attempt=attempt, answers={question.pk: [other_option.pk]}, actor=member
        )


def test_submit_refuses_two_options_on_single_choice(member, enrolled_quiz):
    quiz, question, right, wrong = enrolled_quiz
    attempt = services.attempt_start(quiz=quiz, person=member)
    with raises_code("option"):
        services.attempt_submit(
            attempt=attempt, answers={question.pk: [right.pk, wrong.pk]}, actor=member
        )


def test_submit_of_someone_elses_attempt_refused(member, enrolled_quiz):
    quiz, question, right, _wrong = enrolled_quiz
    attempt = services.attempt_start(quiz=quiz, person=member)
    with pytest.raises(ValidationError):
        services.attempt_submit(
            attempt=attempt, answers={question.pk: [right.pk]}, actor=UserFactory()
        )


def test_multiple_choice_and_short_answer(member):
    programme, _module, _lessons, quiz = course(lessons=1)
    EnrolmentFactory(programme=programme, person=member)
    multiple = QuestionFactory(quiz=quiz, kind=QuestionKind.MULTIPLE)
    a = OptionFactory(question=multiple, correct=True)
    b = OptionFactory(question=multiple, correct=True)
    OptionFactory(question=multiple, correct=False)
    short = QuestionFactory(
        quiz=quiz, kind=QuestionKind.SHORT, accepted_answers="Social cluster\nklasteris"
    )
    attempt = services.attempt_start(quiz=quiz, person=member)
    done = services.attempt_submit(
        attempt=attempt,
        answers={multiple.pk: [a.pk, b.pk], short.pk: "  social   CLUSTER "},
        actor=member,
    )
    assert done.score == Decimal("100.00")
    # Only part of the right options is wrong.
    attempt = services.attempt_start(quiz=quiz, person=member)
    done = services.attempt_submit(
        attempt=attempt, answers={multiple.pk: [a.pk], short.pk: "cluster"}, actor=member
    )
    assert done.score == Decimal("0.00")


def test_shuffle_keeps_the_same_options(member, enrolled_quiz):
    quiz, question, right, wrong = enrolled_quiz
    quiz.shuffle_options = True
    quiz.save()
    attempt = services.attempt_start(quiz=quiz, person=member)
    assert sorted(attempt.option_order[str(question.pk)]) == sorted([right.pk, wrong.pk])


# --- Authoring ----------------------------------------------------------------------


# --- Questions drawn at random from the bank ----------------------------------------


def bank_quiz(member, *, fixed=1, topic_questions=4, other_questions=2, count=2):
    """An enrolled quiz with ``fixed`` fixed questions that draws ``count`` from the
    topic "Partners", whose bank also has ``other_questions`` of another topic."""
    programme, _module, _lessons, quiz = course(lessons=1)
    EnrolmentFactory(programme=programme, person=member)
    quiz.random_count = count
    quiz.random_topic = "Partners"
    quiz.attempt_limit = 0
    quiz.save()
    fixed_questions = [single_choice(quiz, text=f"Fixed {n}")[0] for n in range(fixed)]
    drawable = []
    for n in range(topic_questions):
        question, _right, _wrong = single_choice(quiz, text=f"Partners {n}")
        question.topic = "Partners"
        question.save()
        services.quiz_question_remove(quiz=quiz, question=question, actor=None)
        drawable.append(question)
    for n in range(other_questions):
        QuestionFactory(programme=programme, topic="Funding", text=f"Funding {n}")
    return quiz, fixed_questions, drawable


def right_answers(attempt):
    from tiltas.learning.selectors import attempt_questions

    return {q.pk: [o.pk for o in q.options.all() if o.correct] for q in attempt_questions(attempt)}


def test_attempt_draws_distinct_questions_of_the_topic_after_the_fixed_ones(member):
    quiz, fixed, drawable = bank_quiz(member)
    attempt = services.attempt_start(quiz=quiz, person=member)
    assert attempt.question_ids[:1] == [fixed[0].pk]
    drawn = attempt.question_ids[1:]
    assert len(drawn) == 2 and len(set(drawn)) == 2
    assert set(drawn) <= {q.pk for q in drawable}  # never "Funding", never the fixed one
    assert set(attempt.option_order) == {str(pk) for pk in attempt.question_ids}
    # Stored: a reload (the open attempt again) shows the same questions.
    attempt.refresh_from_db()
    assert services.attempt_start(quiz=quiz, person=member).question_ids == attempt.question_ids


def test_whole_bank_draw_excludes_the_fixed_questions(member):
    quiz, fixed, _drawable = bank_quiz(member, count=6)
    quiz.random_topic = ""
    quiz.save()
    attempt = services.attempt_start(quiz=quiz, person=member)
    assert attempt.question_ids.count(fixed[0].pk) == 1
    assert len(attempt.question_ids) == 7  # 1 fixed + 4 Partners + 2 Funding


def test_attempts_can_draw_different_questions(member):
    quiz, _fixed, _drawable = bank_quiz(member, topic_questions=6)
    seen = set()
    # 15 possible pairs: 40 attempts all alike would happen once in 15**39.
    for _ in range(40):
        attempt = services.attempt_start(quiz=quiz, person=member)
        seen.add(frozenset(attempt.question_ids[1:]))
        services.attempt_submit(attempt=attempt, answers={}, actor=member)
        if len(seen) > 1:
            break
    assert len(seen) > 1


def test_a_small_bank_gives_fewer_questions(member):
    quiz, _fixed, drawable = bank_quiz(member, topic_questions=1, count=3)
    attempt = services.attempt_start(quiz=quiz, person=member)
    assert attempt.question_ids[1:] == [drawable[0].pk]


def test_score_counts_the_attempts_own_questions(member):
    quiz, _fixed, _drawable = bank_quiz(member)
    attempt = services.attempt_start(quiz=quiz, person=member)
    answers = right_answers(attempt)
    answers.pop(attempt.question_ids[-1])  # one of three left unanswered
    done = services.attempt_submit(attempt=attempt, answers=answers, actor=member)
    assert done.score == Decimal("66.67")
    assert AttemptAnswer.objects.filter(attempt=done).count() == 3


def test_submit_refuses_a_bank_question_this_attempt_did_not_draw(member):
    quiz, _fixed, drawable = bank_quiz(member)
    attempt = services.attempt_start(quiz=quiz, person=member)
    not_drawn = next(q for q in drawable if q.pk not in attempt.question_ids)
    answers = right_answers(attempt)
    answers[not_drawn.pk] = [not_drawn.options.get(correct=True).pk]
    with raises_code("question"):
        services.attempt_submit(attempt=attempt, answers=answers, actor=member)
    attempt.refresh_from_db()
    assert attempt.is_open and not AttemptAnswer.objects.exists()


def test_a_question_deleted_after_the_start_is_left_out(member):
    quiz, _fixed, _drawable = bank_quiz(member)
    attempt = services.attempt_start(quiz=quiz, person=member)
    answers = right_answers(attempt)
    deleted = attempt.question_ids[-1]
    services.question_delete(question=Question.objects.get(pk=deleted), actor=None)
    done = services.attempt_submit(attempt=attempt, answers=answers, actor=member)
    assert done.score == Decimal("100.00")
    assert AttemptAnswer.objects.filter(attempt=done).count() == 2


def test_questions_added_to_the_quiz_later_do_not_change_an_open_attempt(member):
    quiz, _fixed, _drawable = bank_quiz(member)
    attempt = services.attempt_start(quiz=quiz, person=member)
    single_choice(quiz, text="Added later")
    done = services.attempt_submit(attempt=attempt, answers=right_answers(attempt), actor=member)
    assert done.score == Decimal("100.00")
