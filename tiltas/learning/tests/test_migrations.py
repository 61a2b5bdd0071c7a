"""The move of questions from their quiz into the programme's question bank
(migrations 0003 to 0005) keeps every question, quiz and attempt as it was."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("learning", "0002_programme_competency")]
AFTER = [("learning", "0005_question_bank_finish")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    return MigrationExecutor(connection).loader.project_state(targets).apps


def test_questions_keep_their_quiz_order_and_attempts_their_questions():
    try:
        apps = migrate(BEFORE)
        user = apps.get_model("accounts", "User").objects.create(
            email="learner@example.org", full_name="Learner"
        )
        Programme = apps.get_model("learning", "Programme")
        programme = Programme.objects.create(slug="p", title_lt="P", activity="1.1.3")
        module = apps.get_model("learning", "Module").objects.create(
            programme=programme, title_lt="M", order=1
        )
        Quiz = apps.get_model("learning", "Quiz")
        quiz, other = (
            Quiz.objects.create(module=module, title_lt="Q"),
            Quiz.objects.create(module=module, title_lt="Other"),
        )
        Question = apps.get_model("learning", "Question")
        second = Question.objects.create(quiz=quiz, order=2, kind="short", text_lt="Second")
        first = Question.objects.create(quiz=quiz, order=1, kind="short", text_lt="First")
        elsewhere = Question.objects.create(quiz=other, order=1, kind="short", text_lt="Else")
        Attempt = apps.get_model("learning", "Attempt")
        submitted = Attempt.objects.create(
            quiz=quiz, person=user, number=1, submitted_at=timezone.now()
        )
        apps.get_model("learning", "AttemptAnswer").objects.create(
            attempt=submitted, question=second, text_answer="x"
        )
        open_attempt = Attempt.objects.create(quiz=quiz, person=user, number=2)

        apps = migrate(AFTER)
        Question = apps.get_model("learning", "Question")
        assert set(Question.objects.values_list("programme_id", flat=True)) == {programme.pk}
        slots = apps.get_model("learning", "QuizQuestion").objects.order_by("quiz_id", "order")
        assert [(s.quiz_id, s.question_id) for s in slots] == [
            (quiz.pk, first.pk),
            (quiz.pk, second.pk),
            (other.pk, elsewhere.pk),
        ]
        Attempt = apps.get_model("learning", "Attempt")
        # Submitted: the questions it answered (one answer per question it showed).
        assert Attempt.objects.get(pk=submitted.pk).question_ids == [second.pk]
        # Open: the quiz's questions, in order.
        assert Attempt.objects.get(pk=open_attempt.pk).question_ids == [first.pk, second.pk]

        # And back: each question in its quiz again.
        apps = migrate(BEFORE)
        back = apps.get_model("learning", "Question").objects.order_by("pk")
        assert [(q.quiz_id, q.order) for q in back] == [(quiz.pk, 2), (quiz.pk, 1), (other.pk, 1)]
    finally:
        MigrationExecutor(connection).migrate(
            MigrationExecutor(connection).loader.graph.leaf_nodes()
        )
