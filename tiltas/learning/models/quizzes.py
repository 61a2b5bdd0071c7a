"""Quizzes, their questions and options, and each learner's attempts."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .programmes import Module


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

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")
        ordering = ["module", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(passing_grade__lte=100), name="learning_quiz_grade_percent"
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
    quiz = models.ForeignKey(Quiz, on_delete=models.CASCADE, related_name="questions")
    order = models.PositiveIntegerField(_("order"), default=0)
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
        ordering = ["quiz", "order", "pk"]

    def __str__(self) -> str:
        return self.text[:80]

    @property
    def uses_options(self) -> bool:
        return self.kind != QuestionKind.SHORT

    def accepted_list(self) -> list[str]:
        return [line.strip() for line in self.accepted_answers.splitlines() if line.strip()]


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
        return f"{self.quiz} #{self.number} ({self.person})"

    @property
    def is_open(self) -> bool:
        return self.submitted_at is None


class AttemptAnswer(models.Model):
    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="+")
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
