"""The question bank: questions of a programme, the fixed questions of its quizzes,
and the random draw a quiz asks for."""

import pytest
from django.core.exceptions import ValidationError
from django.db.models import RestrictedError

from tiltas.core.models import AuditEntry
from tiltas.learning import services
from tiltas.learning.models import Question, QuestionKind, QuizQuestion

from .factories import (
    EnrolmentFactory,
    ProgrammeFactory,
    QuestionFactory,
    QuizFactory,
    course,
    single_choice,
)
from .helpers import raises_code

pytestmark = pytest.mark.django_db

SINGLE = {"kind": QuestionKind.SINGLE, "text_lt": "Kas?", "topic": "Partneriai"}
OPTIONS = [{"text_lt": "A", "correct": True}, {"text_lt": "B"}]


def fixed(quiz) -> list[int]:
    return list(quiz.slots.order_by("order").values_list("question_id", flat=True))


def test_a_bank_question_belongs_to_no_quiz_until_added(coordinator):
    programme, _module, _lessons, quiz = course(lessons=0)
    question = services.question_create(
        programme=programme, actor=coordinator, data=SINGLE, options=OPTIONS
    )
    assert question.programme == programme and question.topic == "Partneriai"
    assert fixed(quiz) == []
    assert AuditEntry.objects.filter(action="learning.question.created").exists()


def test_a_question_made_in_a_quiz_is_in_the_bank_and_last_in_the_quiz(coordinator):
    programme, _module, _lessons, quiz = course(lessons=0)
    first, _right, _wrong = single_choice(quiz)
    question = services.question_create(quiz=quiz, actor=coordinator, data=SINGLE, options=OPTIONS)
    assert question.programme == programme
    assert fixed(quiz) == [first.pk, question.pk]


def test_add_several_from_the_bank_skips_those_in_the_quiz(coordinator):
    programme, _module, _lessons, quiz = course(lessons=0)
    present, _right, _wrong = single_choice(quiz)
    a = QuestionFactory(programme=programme)
    b = QuestionFactory(programme=programme)
    added = services.quiz_questions_add(quiz=quiz, questions=[b, present, a], actor=coordinator)
    assert added == 2
    assert fixed(quiz) == [present.pk, b.pk, a.pk]
    entry = AuditEntry.objects.get(action="learning.quiz.questions_added")
    assert entry.object_id == str(quiz.pk)


def test_another_programmes_question_cannot_be_added(coordinator):
    quiz = QuizFactory()
    foreign = QuestionFactory(programme=ProgrammeFactory())
    with raises_code("programme"):
        services.quiz_questions_add(quiz=quiz, questions=[foreign], actor=coordinator)
    assert not QuizQuestion.objects.exists()


def test_remove_from_the_quiz_keeps_the_question_in_the_bank(coordinator):
    _programme, _module, _lessons, quiz = course(lessons=0)
    question, _right, _wrong = single_choice(quiz)
    services.quiz_question_remove(quiz=quiz, question=question, actor=coordinator)
    assert fixed(quiz) == []
    assert Question.objects.filter(pk=question.pk).exists()
    assert AuditEntry.objects.filter(action="learning.quiz.question_removed").exists()


def test_move_reorders_the_fixed_questions(coordinator):
    _programme, _module, _lessons, quiz = course(lessons=0)
    a, b, c = (single_choice(quiz, text=t)[0] for t in "abc")
    services.quiz_question_move(quiz=quiz, question=c, actor=coordinator, direction="up")
    assert fixed(quiz) == [a.pk, c.pk, b.pk]
    services.quiz_question_move(quiz=quiz, question=a, actor=coordinator, direction="up")
    services.quiz_question_move(quiz=quiz, question=a, actor=coordinator, direction="sideways")
    assert fixed(quiz) == [a.pk, c.pk, b.pk]  # nothing above the first; no such direction
    assert AuditEntry.objects.filter(action="learning.quiz.question_moved").count() == 1


def test_a_question_in_one_quiz_is_kept_when_another_quiz_drops_it(coordinator):
    _programme, module, _lessons, quiz = course(lessons=0)
    other = QuizFactory(module=module)
    question, _right, _wrong = single_choice(quiz)
    services.quiz_questions_add(quiz=other, questions=[question], actor=coordinator)
    services.quiz_question_remove(quiz=other, question=question, actor=coordinator)
    assert fixed(quiz) == [question.pk] and fixed(other) == []


def test_delete_an_unanswered_question_takes_it_out_of_its_quizzes(coordinator):
    _programme, _module, _lessons, quiz = course(lessons=0)
    question, _right, _wrong = single_choice(quiz)
    services.question_delete(question=question, actor=coordinator)
    assert not Question.objects.filter(pk=question.pk).exists()
    assert fixed(quiz) == []
    assert AuditEntry.objects.filter(action="learning.question.deleted").exists()


def test_an_option_learners_chose_is_not_removed(coordinator, member):
    programme, _module, _lessons, quiz = course(lessons=0)
    question, right, wrong = single_choice(quiz)
    EnrolmentFactory(programme=programme, person=member)
    attempt = services.attempt_start(quiz=quiz, person=member)
    services.attempt_submit(attempt=attempt, answers={question.pk: [wrong.pk]}, actor=member)
    keep_right_only = [{"id": right.pk, "text_lt": right.text_lt, "correct": True},
                       {"text_lt": "Nauja", "correct": False}]  # fmt: skip
    with raises_code("chosen"):
        services.question_update(
            question=question, actor=coordinator, data={}, options=keep_right_only
        )
    assert set(attempt.answers.get().selected_options.values_list("pk", flat=True)) == {wrong.pk}
    assert question.options.count() == 2  # nothing half-done
    # Options nobody chose may go; the chosen one may change its text.
    renamed = [{"id": right.pk, "text_lt": right.text_lt, "correct": True},
               {"id": wrong.pk, "text_lt": "Pataisyta", "correct": False}]  # fmt: skip
    services.question_update(question=question, actor=coordinator, data={}, options=renamed)
    assert question.options.get(pk=wrong.pk).text_lt == "Pataisyta"


def test_an_answered_question_is_not_deleted(coordinator, member):
    programme, _module, _lessons, quiz = course(lessons=0)
    question, right, _wrong = single_choice(quiz)
    EnrolmentFactory(programme=programme, person=member)
    attempt = services.attempt_start(quiz=quiz, person=member)
    services.attempt_submit(attempt=attempt, answers={question.pk: [right.pk]}, actor=member)
    with raises_code("answered"):
        services.question_delete(question=question, actor=coordinator)
    assert Question.objects.filter(pk=question.pk).exists()
    assert attempt.answers.get().question_id == question.pk
    # Below the service, the database relation refuses it too.
    with pytest.raises(RestrictedError):
        question.delete()
    # Removing it from the quiz is the way, and the attempt keeps its answer.
    services.quiz_question_remove(quiz=quiz, question=question, actor=coordinator)
    assert attempt.answers.get().question_id == question.pk


def test_a_random_draw_larger_than_the_bank_is_refused(coordinator):
    programme, module, _lessons, quiz = course(lessons=0)
    single_choice(quiz)  # fixed: not drawn
    QuestionFactory(programme=programme, topic="Partneriai")
    QuestionFactory(programme=programme, topic="Finansai")
    with pytest.raises(ValidationError) as refused:
        services.quiz_update(
            quiz=quiz, actor=coordinator, data={"random_count": 2, "random_topic": "Partneriai"}
        )
    assert refused.value.error_dict["random_count"][0].code == "bank"
    with pytest.raises(ValidationError) as refused:
        # A new quiz may draw all three, the other quiz's fixed one too: not four.
        services.quiz_create(
            module=module, actor=coordinator, data={"title_lt": "Naujas", "random_count": 4}
        )
    assert refused.value.error_dict["random_count"][0].code == "bank"
    quiz.refresh_from_db()
    assert quiz.random_count == 0
    services.quiz_update(quiz=quiz, actor=coordinator, data={"random_count": 2})
    quiz.refresh_from_db()
    assert (quiz.random_count, quiz.random_topic) == (2, "")
    # The bank shrinks later: editing other settings is not refused for it.
    Question.objects.filter(topic="Finansai").delete()
    services.quiz_update(quiz=quiz, actor=coordinator, data={"title_lt": "Kitas"})


def test_a_module_or_programme_goes_with_its_answered_questions_attempts(coordinator, member):
    programme, module, _lessons, quiz = course(lessons=0)
    question, right, _wrong = single_choice(quiz)
    EnrolmentFactory(programme=programme, person=member)
    attempt = services.attempt_start(quiz=quiz, person=member)
    services.attempt_submit(attempt=attempt, answers={question.pk: [right.pk]}, actor=member)
    # Deleting the module deletes its quiz and attempts; the question stays in the bank.
    services.module_delete(module=module, actor=coordinator)
    assert Question.objects.filter(pk=question.pk).exists()
    # The restriction on answered questions does not stop a whole programme going.
    other, _module, _lessons, other_quiz = course(lessons=0)
    answered, _right, wrong = single_choice(other_quiz)
    EnrolmentFactory(programme=other, person=member)
    attempt = services.attempt_start(quiz=other_quiz, person=member)
    # (Answered wrongly: a completion would protect the programme from deletion.)
    services.attempt_submit(attempt=attempt, answers={answered.pk: [wrong.pk]}, actor=member)
    other.delete()
    assert not Question.objects.filter(pk=answered.pk).exists()
