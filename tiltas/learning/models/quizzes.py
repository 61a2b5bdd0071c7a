"""Quizzes, their questions and options, and each learner's attempts."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tiltas.core.models import record_label

from .programmes import Module, Programme


class Review(models.TextChoices):
    """When a learner sees which answers were right, and the explanations."""

    AFTER_PASSING = "passed", _("After passing the quiz")
    AFTER_LAST_ATTEMPT = "last", _("After passing or after the last attempt")
    NEVER = "never", _("Never (the score only)")


class Quiz(models.Model):
    """A quiz closes a module; every quiz of a programme must be passed to complete it."""

    module = models.ForeignKey(Module, on_delete=models.CASCADE, related_name="quizzes")
    title = models.CharField(_("title"), max_length=200)
    passing_grade = models.PositiveSmallIntegerField(
        _("passing grade (%)"),
        default=70,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
    )
    attempt_limit = models.PositiveSmallIntegerField(
        _("attempt limit"), default=3, help_text=_("0 means no limit.")
    )
    shuffle_options = models.BooleanField(_("shuffle options"), default=True)
    review = models.CharField(
        _("show the right answers and explanations"),
        max_length=8,
        choices=Review.choices,
        default=Review.AFTER_LAST_ATTEMPT,
        help_text=_(
            "Until then a learner sees their score only, so a failed attempt does not give "
            "the answers away for the next one."
        ),
    )
    random_count = models.PositiveSmallIntegerField(
        _("questions drawn at random"),
        default=0,
        help_text=_(
            "How many questions each attempt draws at random from the programme's question "
            "bank, besides the fixed questions. 0 means none."
        ),
    )
    random_topic = models.CharField(
        _("draw from the topic"),
        max_length=100,
        blank=True,
        help_text=_("Draw only questions of this topic; empty means the whole bank."),
    )
    fixed_questions: "models.ManyToManyField[Question, QuizQuestion]" = models.ManyToManyField(
        "Question", through="QuizQuestion", related_name="quizzes", blank=True
    )

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")
        ordering = ["module", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(passing_grade__lte=100), name="learning_quiz_grade_percent"
            ),
            models.CheckConstraint(
                condition=models.Q(review__in=["passed", "last", "never"]),
                name="learning_quiz_review_valid",
            ),
        ]

    def __str__(self) -> str:
        return self.title


class QuestionKind(models.TextChoices):
    SINGLE = "single", _("Single choice")
    MULTIPLE = "multiple", _("Multiple choice")
    TRUE_FALSE = "true_false", _("True or false")
    SHORT = "short", _("Short answer")


class Question(models.Model):
    """A question of a programme's question bank. Quizzes use it as one of their
    fixed questions (``QuizQuestion``) or draw it at random for an attempt."""

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="question_bank")
    topic = models.CharField(
        _("topic"),
        max_length=100,
        blank=True,
        help_text=_("The question bank's category; a quiz can draw its questions from one topic."),
    )
    kind = models.CharField(_("kind"), max_length=12, choices=QuestionKind.choices)
    text = models.TextField(_("question"))
    accepted_answers = models.TextField(
        _("accepted answers"),
        blank=True,
        help_text=_("Short answer only: one accepted answer per line; case is ignored."),
    )
    feedback = models.TextField(_("feedback"), blank=True)

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["programme_id", "topic", "pk"]

    def __str__(self) -> str:
        return self.text[:80]

    @property
    def uses_options(self) -> bool:
        return self.kind != QuestionKind.SHORT

    def accepted_list(self) -> list[str]:
        return [line.strip() for line in self.accepted_answers.splitlines() if line.strip()]


class QuizQuestion(models.Model):
    """A fixed question of a quiz, in its place."""

    quiz = models.ForeignKey(Quiz, on_delete=models.CASCADE, related_name="slots")
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="quiz_slots")
    order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("quiz question")
        verbose_name_plural = _("quiz questions")
        ordering = ["quiz_id", "order", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["quiz", "question"], name="learning_quiz_question_once"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.quiz}: {self.question}"


class Option(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="options")
    order = models.PositiveIntegerField(_("order"), default=0)
    text = models.CharField(_("text"), max_length=500)
    correct = models.BooleanField(_("correct"), default=False)
    feedback = models.CharField(_("feedback"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("option")
        verbose_name_plural = _("options")
        ordering = ["question", "order", "pk"]

    def __str__(self) -> str:
        return self.text


class Attempt(models.Model):
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    quiz = models.ForeignKey(Quiz, on_delete=models.CASCADE, related_name="attempts")
    number = models.PositiveSmallIntegerField(_("attempt"))
    started_at = models.DateTimeField(_("started"), default=timezone.now)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    score = models.DecimalField(
        _("score (%)"), max_digits=5, decimal_places=2, null=True, blank=True
    )
    passed = models.BooleanField(_("passed"), default=False)
    #: The order options were shown in, {question id: [option ids]}, so a reload
    #: of a shuffled attempt shows the same order.
    option_order = models.JSONField(default=dict, blank=True)
    #: The ids of the questions this attempt shows, in order: the quiz's fixed
    #: questions, then those drawn from the bank. A list, because a JSON object's
    #: key order is not kept (PostgreSQL jsonb).
    question_ids = models.JSONField(default=list, blank=True)

    class Meta:
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        ordering = ["quiz", "person", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["quiz", "person", "number"], name="learning_attempt_number_unique"
            ),
            models.CheckConstraint(
                condition=models.Q(number__gte=1), name="learning_attempt_number_positive"
            ),
        ]

    def __str__(self) -> str:
        return record_label(self, self.quiz)

    @property
    def is_open(self) -> bool:
        return self.submitted_at is None


class AttemptAnswer(models.Model):
    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="answers")
    # RESTRICT: a question answered in an attempt is not deleted from the bank
    # (question_delete refuses it with a message), so past results stay whole.
    question = models.ForeignKey(Question, on_delete=models.RESTRICT, related_name="+")
    selected_options = models.ManyToManyField(Option, blank=True, related_name="+")
    text_answer = models.CharField(max_length=500, blank=True)
    correct = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        constraints = [
            models.UniqueConstraint(
                fields=["attempt", "question"], name="learning_answer_once_per_question"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.attempt}: {self.question_id}"
