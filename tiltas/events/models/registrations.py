"""Registrations, daily attendance and the feedback survey."""

import secrets

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tiltas.core.models import record_label

from .events import Event


def new_ticket_token() -> str:
    # 24 random bytes: 192 bits, far beyond guessing; printed in the QR code.
    return secrets.token_urlsafe(24)


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    WAITING = "waiting", _("On the waiting list")
    PENDING = "pending", _("Awaiting approval")
    CANCELLED = "cancelled", _("Cancelled")
    REJECTED = "rejected", _("Not approved")


#: Statuses that count as "registered" (a second registration is refused).
ACTIVE_STATUSES = (
    RegistrationStatus.CONFIRMED,
    RegistrationStatus.WAITING,
    RegistrationStatus.PENDING,
)


class Registration(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="registrations")
    # Null only after the person's data was erased: the row stays for the donor's counts.
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="event_registrations",
    )
    status = models.CharField(_("status"), max_length=10, choices=RegistrationStatus.choices)
    position = models.PositiveIntegerField(_("place on the waiting list"), null=True, blank=True)
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    ticket_token = models.CharField(max_length=64, unique=True, default=new_ticket_token)
    created_at = models.DateTimeField(_("registered"), default=timezone.now)
    status_changed_at = models.DateTimeField(default=timezone.now)
    reminder_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["event", "person"], name="registration_once_per_event"),
            models.CheckConstraint(
                condition=(
                    models.Q(status=RegistrationStatus.WAITING, position__isnull=False)
                    | (
                        ~models.Q(status=RegistrationStatus.WAITING)
                        & models.Q(position__isnull=True)
                    )
                ),
                name="registration_position_only_when_waiting",
            ),
        ]
        indexes = [models.Index(fields=["event", "status", "position"])]

    def __str__(self) -> str:
        return record_label(self, self.event)


class Attendance(models.Model):
    """One row per day a participant was present."""

    registration = models.ForeignKey(
        Registration, on_delete=models.CASCADE, related_name="attendances"
    )
    day = models.DateField(_("day"))
    recorded_at = models.DateTimeField(default=timezone.now)
    by_scan = models.BooleanField(_("checked in with the ticket"), default=False)

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        ordering = ["day"]
        constraints = [
            models.UniqueConstraint(fields=["registration", "day"], name="attendance_once_per_day")
        ]

    def __str__(self) -> str:
        return record_label(self, self.registration, self.day)


class WalkIn(models.Model):
    """Someone present on a day without a registration, often without an account:
    recorded by staff, counted among the participants, and invited by e-mail to
    create an account."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="walk_ins")
    day = models.DateField(_("day"))
    name = models.CharField(_("name"), max_length=200)
    organisation_name = models.CharField(_("organisation"), max_length=200, blank=True)
    #: Lower case; empty for someone who gave none (then no invitation).
    email = models.EmailField(_("e-mail address"), blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    recorded_at = models.DateTimeField(default=timezone.now)
    invited_at = models.DateTimeField(_("invited"), null=True, blank=True)

    class Meta:
        verbose_name = _("walk-in")
        verbose_name_plural = _("walk-ins")
        ordering = ["day", "name", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "day", "email"],
                condition=~models.Q(email=""),
                name="walk_in_once_per_day",
            ),
            models.CheckConstraint(
                condition=models.Q(email=Lower("email")),
                name="walk_in_email_lower_case",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} · {self.event} · {self.day}"


class SurveyQuestionKind(models.TextChoices):
    RATING = "rating", _("Rating from 1 to 5")
    TEXT = "text", _("Free text")


class SurveyQuestion(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="survey_questions")
    text = models.CharField(_("question"), max_length=300)
    kind = models.CharField(
        _("kind of answer"),
        max_length=10,
        choices=SurveyQuestionKind.choices,
        default=SurveyQuestionKind.RATING,
    )
    position = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("survey question")
        verbose_name_plural = _("survey questions")
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return self.text

    @property
    def field_name(self) -> str:
        return f"survey_{self.pk}"


class SurveyResponse(models.Model):
    """One per attendee. Results are only ever shown aggregated; the link to the
    registration exists to refuse a second answer and is cut on erasure."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="survey_responses")
    registration = models.OneToOneField(
        Registration,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="survey_response",
    )
    answers = models.JSONField(default=dict)
    submitted_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("survey response")
        verbose_name_plural = _("survey responses")

    def __str__(self) -> str:
        return f"{self.event} · {self.pk}"
