"""Trainings, seminars and conferences, with their registration questions."""

from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone as dj_timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from tiltas.accounts.models import Country


class ActivityCode(models.TextChoices):
    SOCIAL_CLUSTERING = "1.1.3", _("1.1.3 Social-clustering trainings")
    CAPACITIES = "1.2.2", _("1.2.2 Administrative and public capacities")
    ANTI_CORRUPTION = "1.3.2", _("1.3.2 Anti-corruption measures")


class EventKind(models.TextChoices):
    TRAINING = "training", _("Training")
    SEMINAR = "seminar", _("Seminar")
    CONFERENCE = "conference", _("Conference")


class EventTimeZone(models.TextChoices):
    VILNIUS = "Europe/Vilnius", _("Vilnius time (Europe/Vilnius)")
    OSLO = "Europe/Oslo", _("Oslo time (Europe/Oslo)")


class EventStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")
    CANCELLED = "cancelled", _("Cancelled")
    HELD = "held", _("Held")


class CertificateRule(models.TextChoices):
    """When attending an event earns a certificate of attendance (set per event)."""

    ALL_DAYS = "all_days", _("Present on every day of the event")
    MIN_DAYS = "min_days", _("Present on at least a number of days")
    MIN_HOURS = "min_hours", _("Present for at least a number of hours")
    NONE = "none", _("No certificate")


class Event(models.Model):
    activity = models.CharField(_("activity"), max_length=5, choices=ActivityCode.choices)
    programme = models.ForeignKey(
        "learning.Programme",
        verbose_name=_("programme"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="events",
    )
    kind = models.CharField(
        _("type"), max_length=12, choices=EventKind.choices, default=EventKind.TRAINING
    )
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("address name"), max_length=80, unique=True)
    description = models.TextField(_("description"), blank=True)
    report = models.TextField(
        _("report"),
        blank=True,
        help_text=_("What happened and what came of it: shown on the page once the event is held."),
    )
    country = models.CharField(_("country"), max_length=2, choices=Country.choices)
    city = models.CharField(_("city"), max_length=100)
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    address = models.CharField(_("address"), max_length=200, blank=True)
    online_url = models.URLField(_("online link"), blank=True)
    timezone = models.CharField(
        _("time zone"), max_length=20, choices=EventTimeZone.choices, default=EventTimeZone.VILNIUS
    )
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    language = models.CharField(
        _("language"), max_length=5, choices=settings.LANGUAGES, default="lt"
    )
    capacity = models.PositiveIntegerField(_("places"))
    registration_opens_at = models.DateTimeField(_("registration opens"), null=True, blank=True)
    registration_closes_at = models.DateTimeField(_("registration closes"), null=True, blank=True)
    approval_required = models.BooleanField(_("registrations need approval"), default=False)
    cancellation_deadline = models.DateTimeField(
        _("participants may cancel until"), null=True, blank=True
    )
    reminder_days = models.PositiveSmallIntegerField(
        _("reminder, days before"), default=2, help_text=_("0 sends no reminder.")
    )
    status = models.CharField(
        _("status"), max_length=10, choices=EventStatus.choices, default=EventStatus.DRAFT
    )
    trainers = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("trainers"), blank=True, related_name="+"
    )
    held_at = models.DateTimeField(_("marked as held"), null=True, blank=True)
    hours = models.DecimalField(
        _("hours of training"),
        max_digits=5,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0.5"))],
        help_text=_("Over all days together. Certificates state the hours attended."),
    )
    certificate_rule = models.CharField(
        _("certificate of attendance"),
        max_length=10,
        choices=CertificateRule.choices,
        default=CertificateRule.ALL_DAYS,
    )
    certificate_min_days = models.PositiveSmallIntegerField(
        _("days needed for a certificate"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
    )
    certificate_min_hours = models.DecimalField(
        _("hours needed for a certificate"),
        max_digits=5,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0.5"))],
    )
    certificate_valid_months = models.PositiveSmallIntegerField(
        _("certificate valid for (months)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Leave empty when the certificate does not expire."),
    )
    created_at = models.DateTimeField(default=dj_timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["starts_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")), name="event_ends_after_start"
            ),
            models.CheckConstraint(
                condition=models.Q(capacity__gt=0), name="event_capacity_positive"
            ),
            models.CheckConstraint(
                condition=~models.Q(certificate_rule=CertificateRule.MIN_DAYS)
                | models.Q(certificate_min_days__gte=1),
                name="event_certificate_min_days_set",
            ),
            models.CheckConstraint(
                condition=~models.Q(certificate_rule=CertificateRule.MIN_HOURS)
                | models.Q(certificate_min_hours__gt=0, hours__gt=0),
                name="event_certificate_min_hours_set",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "starts_at"]),
            models.Index(fields=["activity", "country", "status"]),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def local_starts_at(self) -> datetime:
        return dj_timezone.localtime(self.starts_at, self.zone)

    @property
    def local_ends_at(self) -> datetime:
        return dj_timezone.localtime(self.ends_at, self.zone)

    @property
    def days(self) -> list[date]:
        """The calendar days of the event in its own time zone."""
        first, last = self.local_starts_at.date(), self.local_ends_at.date()
        return [first + timedelta(days=n) for n in range((last - first).days + 1)]

    @property
    def hours_per_day(self) -> Decimal | None:
        """The training hours of one day: the event's hours shared over its days,
        or, for a one-day event without them, the time from start to end."""
        if self.hours:
            return Decimal(self.hours) / len(self.days)
        if len(self.days) == 1:
            seconds = Decimal((self.ends_at - self.starts_at).total_seconds())
            return (seconds / 3600).quantize(Decimal("0.1"))
        return None

    def certificate_earned(self, days_attended: int) -> bool:
        """Whether attending ``days_attended`` days meets this event's rule."""
        if days_attended <= 0:
            return False
        rule = self.certificate_rule
        if rule == CertificateRule.ALL_DAYS:
            return days_attended >= len(self.days)
        if rule == CertificateRule.MIN_DAYS:
            return days_attended >= (self.certificate_min_days or len(self.days))
        if rule == CertificateRule.MIN_HOURS:
            per_day = self.hours_per_day
            return per_day is not None and per_day * days_attended >= (
                self.certificate_min_hours or 0
            )
        return False

    def clean(self) -> None:
        errors: dict[str, Any] = {}
        rule = self.certificate_rule
        if rule == CertificateRule.MIN_DAYS and not self.certificate_min_days:
            errors["certificate_min_days"] = _("Give the number of days a certificate needs.")
        if rule == CertificateRule.MIN_HOURS:
            if not self.certificate_min_hours:
                errors["certificate_min_hours"] = _("Give the number of hours a certificate needs.")
            if not self.hours:
                errors["hours"] = _("Give the hours of training: the rule counts hours attended.")
        if errors:
            raise ValidationError(errors)

    def today(self) -> date:
        return dj_timezone.localtime(dj_timezone.now(), self.zone).date()

    @property
    def is_past(self) -> bool:
        return self.ends_at <= dj_timezone.now()

    def registration_is_open(self, now: datetime | None = None) -> bool:
        now = now or dj_timezone.now()
        if self.status != EventStatus.PUBLISHED or self.starts_at <= now:
            return False
        if self.registration_opens_at and now < self.registration_opens_at:
            return False
        return not (self.registration_closes_at and now >= self.registration_closes_at)

    def may_cancel(self, now: datetime | None = None) -> bool:
        now = now or dj_timezone.now()
        deadline = self.cancellation_deadline or self.starts_at
        return self.status == EventStatus.PUBLISHED and now < deadline


class QuestionKind(models.TextChoices):
    TEXT = "text", _("Text")
    CHOICE = "choice", _("Single choice")
    YES_NO = "yes_no", _("Yes or no")


class EventQuestion(models.Model):
    """A question asked when registering (diet, arrival, consent to photos …)."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="questions")
    text = models.CharField(_("question"), max_length=300)
    kind = models.CharField(
        _("kind of answer"), max_length=10, choices=QuestionKind.choices, default=QuestionKind.TEXT
    )
    options = models.TextField(
        _("options"), blank=True, help_text=_("For single choice: one option per line.")
    )
    required = models.BooleanField(_("required"), default=False)
    position = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("registration question")
        verbose_name_plural = _("registration questions")
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return self.text

    @property
    def field_name(self) -> str:
        return f"question_{self.pk}"

    def option_list(self) -> list[str]:
        return [line.strip() for line in (self.options or "").splitlines() if line.strip()]

    def answer_label(self, value: str) -> str:
        """A stored answer as the reader's language says it: "yes" is "Taip" in
        Lithuanian; a choice is stored in Lithuanian and shown in translation."""
        if self.kind == QuestionKind.YES_NO:
            return {"yes": gettext("Yes"), "no": gettext("No")}.get(value, value)
        if self.kind == QuestionKind.CHOICE:
            stored = [
                line.strip()
                for line in (getattr(self, "options_lt", "") or "").splitlines()
                if line.strip()
            ]
            shown = self.option_list()
            if value in stored and stored.index(value) < len(shown):
                return shown[stored.index(value)]
        return value
