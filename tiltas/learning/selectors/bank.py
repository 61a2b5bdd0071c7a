"""The programme's question bank and the questions of a quiz or an attempt."""

from django.db.models import Prefetch, QuerySet

from ..models import (
    Attempt,
    Programme,
    Question,
    Quiz,
    QuizQuestion,
)


def quiz_fixed_questions(quiz: Quiz) -> list[Question]:
    """The quiz's fixed questions in their order, with their options."""
    slots = (
        QuizQuestion.objects.filter(quiz=quiz)
        .select_related("question")
        .prefetch_related("question__options")
        .order_by("order", "pk")
    )
    return [slot.question for slot in slots]


def random_pool(quiz: Quiz) -> QuerySet[Question]:
    """The bank questions a quiz may draw at random: its programme's, of its topic
    if it names one, less its fixed questions."""
    pool = Question.objects.filter(programme_id=quiz.module.programme_id)
    if quiz.random_topic:
        pool = pool.filter(topic=quiz.random_topic)
    if quiz.pk:
        pool = pool.exclude(
            pk__in=QuizQuestion.objects.filter(quiz_id=quiz.pk).values("question_id")
        )
    return pool


def quiz_addable_questions(quiz: Quiz) -> QuerySet[Question]:
    """The programme's bank questions that are not yet fixed questions of the quiz."""
    return (
        Question.objects.filter(programme_id=quiz.module.programme_id)
        .exclude(quiz_slots__quiz=quiz)
        .order_by("topic", "pk")
    )


def attempt_questions(attempt: Attempt) -> list[Question]:
    """The questions of an attempt in the order it shows them, with their options.
    A question deleted from the bank since the attempt started is left out."""
    found = Question.objects.filter(pk__in=attempt.question_ids).prefetch_related("options")
    by_pk = {question.pk: question for question in found}
    return [by_pk[pk] for pk in attempt.question_ids if pk in by_pk]


def bank_topics(programme: Programme) -> list[str]:
    return list(
        Question.objects.filter(programme=programme)
        .exclude(topic="")
        .order_by("topic")
        .values_list("topic", flat=True)
        .distinct()
    )


def question_bank(programme: Programme, *, topic: str = "", kind: str = "") -> list[Question]:
    """A programme's bank, by topic, with the quizzes that use each question
    (``used_in``), optionally only one topic or kind (``topic`` "-" means none)."""
    questions = Question.objects.filter(programme=programme).prefetch_related(
        Prefetch(
            "quiz_slots",
            queryset=QuizQuestion.objects.select_related("quiz").order_by("quiz_id"),
        )
    )
    if topic:
        questions = questions.filter(topic="" if topic == "-" else topic)
    if kind:
        questions = questions.filter(kind=kind)
    listed = list(questions.order_by("topic", "pk"))
    for question in listed:
        # For the template: the quizzes using it, already prefetched (no model field).
        question.used_in = [slot.quiz for slot in question.quiz_slots.all()]  # type: ignore[attr-defined]
    return listed


def random_quizzes(programme: Programme) -> list[Quiz]:
    """The programme's quizzes that draw questions at random, for the bank page."""
    return list(
        Quiz.objects.filter(module__programme=programme, random_count__gt=0).order_by(
            "module__order", "pk"
        )
    )
