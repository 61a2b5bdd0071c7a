"""Questions move from their quiz into the programme's question bank.

Each question gets its quiz's programme and a slot in that quiz (in its old
order), and each attempt records its questions: a submitted attempt the ones it
answered (it stored an answer for every question it showed), an open one the
quiz's questions. Plain queries and ``bulk_update``, so it runs the same on
SQLite and PostgreSQL."""

from django.db import migrations

BATCH = 500


def to_bank(apps, schema_editor):
    Question = apps.get_model("learning", "Question")
    QuizQuestion = apps.get_model("learning", "QuizQuestion")
    Attempt = apps.get_model("learning", "Attempt")
    AttemptAnswer = apps.get_model("learning", "AttemptAnswer")

    by_quiz: dict[int, list[int]] = {}
    questions = []
    slots = []
    for question in (
        Question.objects.select_related("quiz__module").order_by("quiz_id", "order", "pk").iterator()
    ):
        question.programme_id = question.quiz.module.programme_id
        questions.append(question)
        by_quiz.setdefault(question.quiz_id, []).append(question.pk)
        slots.append(
            QuizQuestion(
                quiz_id=question.quiz_id,
                question_id=question.pk,
                order=len(by_quiz[question.quiz_id]),
            )
        )
    Question.objects.bulk_update(questions, ["programme"], batch_size=BATCH)
    QuizQuestion.objects.bulk_create(slots, batch_size=BATCH)

    answered: dict[int, set[int]] = {}
    for attempt_id, question_id in AttemptAnswer.objects.values_list(
        "attempt_id", "question_id"
    ).iterator():
        answered.setdefault(attempt_id, set()).add(question_id)
    attempts = []
    for attempt in Attempt.objects.only("pk", "quiz_id", "submitted_at").iterator():
        ordered = by_quiz.get(attempt.quiz_id, [])
        if attempt.submitted_at is not None:
            shown = answered.get(attempt.pk, set())
            attempt.question_ids = [pk for pk in ordered if pk in shown]
        else:
            attempt.question_ids = list(ordered)
        attempts.append(attempt)
        if len(attempts) >= BATCH:
            Attempt.objects.bulk_update(attempts, ["question_ids"])
            attempts = []
    Attempt.objects.bulk_update(attempts, ["question_ids"])


def to_quizzes(apps, schema_editor):
    """Back to one quiz per question: its first slot. A question in no quiz had
    no place before the bank and is deleted."""
    Question = apps.get_model("learning", "Question")
    QuizQuestion = apps.get_model("learning", "QuizQuestion")
    questions = []
    seen: set[int] = set()
    for slot in QuizQuestion.objects.order_by("question_id", "pk").iterator():
        if slot.question_id in seen:
            continue
        seen.add(slot.question_id)
        questions.append(Question(pk=slot.question_id, quiz_id=slot.quiz_id, order=slot.order))
    Question.objects.bulk_update(questions, ["quiz", "order"], batch_size=BATCH)
    Question.objects.filter(quiz__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("learning", "0003_question_bank"),
    ]

    operations = [
        migrations.RunPython(to_bank, to_quizzes),
    ]
