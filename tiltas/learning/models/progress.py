"""Learners: enrolment, progress, completions and learning done elsewhere."""

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tiltas.core.models import record_label

from .programmes import Lesson, Programme


class EnrolmentSource(models.TextChoices):
    SELF = "self", _("Self-enrolment")
    COORDINATOR = "coordinator", _("Enrolled by a coordinator")
    EVENT = "event", _("From an event")


class Enrolment(models.Model):
    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="enrolments")
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments"
    )
    source = models.CharField(
        _("source"), max_length=12, choices=EnrolmentSource.choices, default=EnrolmentSource.SELF
    )
    enrolled_at = models.DateTimeField(_("enrolled"), default=timezone.now)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        ordering = ["-enrolled_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "person"], name="learning_enrolment_unique"
            ),
        ]

    def __str__(self) -> str:
        return record_label(self, self.programme)


class LessonProgress(models.Model):
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_progress"
    )
    lesson = models.ForeignKey(Lesson, on_delete=models.CASCADE, related_name="progress")
    viewed_at = models.DateTimeField(_("viewed"), default=timezone.now)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)

    class Meta:
        verbose_name = _("lesson progress")
        verbose_name_plural = _("lesson progress")
        constraints = [
            models.UniqueConstraint(
                fields=["person", "lesson"], name="learning_lesson_progress_unique"
            ),
        ]
        indexes = [models.Index(fields=["lesson", "completed_at"])]

    def __str__(self) -> str:
        return record_label(self, self.lesson)


def lesson_progress_shown(progress: LessonProgress) -> bool:
    """Whether a person's pages show this row: opening a lesson records it, but
    only completing it changes what they see."""
    return progress.completed_at is not None


class Completion(models.Model):
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="completions"
    )
    programme = models.ForeignKey(Programme, on_delete=models.PROTECT, related_name="completions")
    completed_on = models.DateField(_("completed on"))
    hours = models.DecimalField(_("hours"), max_digits=5, decimal_places=1)

    class Meta:
        verbose_name = _("completion")
        verbose_name_plural = _("completions")
        ordering = ["-completed_on"]
        constraints = [
            models.UniqueConstraint(
                fields=["person", "programme"], name="learning_completion_unique"
            ),
        ]

    def __str__(self) -> str:
        return record_label(self, self.programme)


class ExternalLearning(models.Model):
    """Learning done outside Tiltas that a member adds to their lifelong-learning record."""

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="external_learning"
    )
    title = models.CharField(_("title"), max_length=200)
    provider = models.CharField(_("provider"), max_length=200)
    completed_on = models.DateField(_("date"))
    hours = models.DecimalField(
        _("hours"), max_digits=5, decimal_places=1, validators=[MinValueValidator(0)]
    )
    evidence_link = models.URLField(_("evidence link"), blank=True)
    evidence_file = models.FileField(_("evidence file"), upload_to="learning/evidence/", blank=True)
    evidence_name = models.CharField(max_length=200, blank=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("external learning")
        verbose_name_plural = _("external learning")
        ordering = ["-completed_on", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(hours__gte=0), name="learning_external_hours_positive"
            ),
        ]

    def __str__(self) -> str:
        return record_label(self)
