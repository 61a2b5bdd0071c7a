"""The results framework: goal → objectives → activities → indicators, and the
values recorded by hand for the few indicators the platform cannot count."""

from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Goal(models.Model):
    """The project's goal. There is exactly one: the check pins its primary key."""

    title = models.CharField(_("title"), max_length=200)
    text = models.TextField(_("text"))

    class Meta:
        verbose_name = _("goal")
        verbose_name_plural = _("goal")
        constraints = [models.CheckConstraint(condition=Q(id=1), name="indicators_goal_one_row")]

    def __str__(self) -> str:
        return self.title


class Objective(models.Model):
    code = models.CharField(_("code"), max_length=4, unique=True)
    title = models.TextField(_("title"))
    description = models.TextField(_("description"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("objective")
        verbose_name_plural = _("objectives")
        ordering = ["order", "code"]

    def __str__(self) -> str:
        return f"{self.code}. {self.title}"


class Activity(models.Model):
    code = models.CharField(_("code"), max_length=10, unique=True)
    objective = models.ForeignKey(
        Objective,
        verbose_name=_("objective"),
        on_delete=models.PROTECT,
        related_name="activities",
    )
    title = models.TextField(_("title"))
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("activity")
        verbose_name_plural = _("activities")
        ordering = ["code"]

    def __str__(self) -> str:
        return f"{self.code} {self.title}"


class Unit(models.TextChoices):
    MODELS = "models", _("models")
    ENVIRONMENTS = "environments", _("learning environments")
    PROGRAMMES = "programmes", _("programmes")
    SETS = "sets", _("sets")
    TRAININGS = "trainings", _("trainings")
    EVENTS = "events", _("events")
    PARTICIPANTS = "participants", _("participants")
    VISITS = "visits", _("visits")
    PERSONS = "persons", _("persons")
    DAYS = "days", _("days")
    PERSON_DAYS = "person_days", _("person-days")
    GUIDES = "guides", _("guides")
    NETWORKS = "networks", _("networks")
    LOGINS = "logins", _("unique logins")


class Counting(models.TextChoices):
    """How an indicator's value for a reporting period is counted."""

    #: Everything up to the period's end (a programme published before it still counts).
    CUMULATIVE = "cumulative", _("cumulative up to the period's end")
    #: Only what happened between the period's first and last day.
    WITHIN = "within", _("within the period")


class Indicator(models.Model):
    code = models.CharField(_("code"), max_length=60, unique=True)
    activity = models.ForeignKey(
        Activity,
        verbose_name=_("activity"),
        on_delete=models.PROTECT,
        related_name="indicators",
    )
    name = models.CharField(_("name"), max_length=200)
    unit = models.CharField(_("unit"), max_length=20, choices=Unit.choices)
    baseline = models.DecimalField(_("baseline"), max_digits=12, decimal_places=2, default=0)
    target = models.DecimalField(_("target"), max_digits=12, decimal_places=2)
    source = models.CharField(
        _("counting source"),
        max_length=80,
        blank=True,
        help_text=_("Registry key of the counting function; blank when counted by hand only."),
    )
    source_params = models.JSONField(_("source parameters"), default=dict, blank=True)
    counting = models.CharField(
        _("counting"), max_length=12, choices=Counting.choices, default=Counting.CUMULATIVE
    )
    counting_rule = models.TextField(
        _("counting rule"), blank=True, help_text=_("One sentence: how the value is counted.")
    )
    manual_allowed = models.BooleanField(_("manual values allowed"), default=False)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        ordering = ["activity__code", "order", "code"]
        constraints = [
            models.CheckConstraint(condition=Q(target__gt=0), name="indicators_target_positive"),
            models.CheckConstraint(
                condition=Q(baseline__gte=0), name="indicators_baseline_not_negative"
            ),
            # An indicator nobody counts and nobody may record would stay empty forever.
            models.CheckConstraint(
                condition=~Q(source="") | Q(manual_allowed=True),
                name="indicators_counted_or_manual",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.code}: {self.name}"


def evidence_path(instance: "ManualValue", filename: str) -> str:
    # The service passes a random name; the uploader's file name is never used.
    return f"indicators/evidence/{filename}"


class ManualValue(models.Model):
    """A value recorded by a coordinator, with evidence, for an indicator whose
    outcome happens outside the platform."""

    indicator = models.ForeignKey(
        Indicator,
        verbose_name=_("indicator"),
        on_delete=models.CASCADE,
        related_name="manual_values",
    )
    value = models.DecimalField(_("value"), max_digits=12, decimal_places=2)
    as_of = models.DateField(_("as of"))
    evidence_file = models.FileField(
        _("evidence file"), upload_to=evidence_path, blank=True, max_length=200
    )
    evidence_link = models.URLField(_("evidence link"), blank=True, max_length=500)
    note = models.TextField(_("note"), blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="indicator_values_recorded",
    )
    recorded_at = models.DateTimeField(_("recorded at"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("manual value")
        verbose_name_plural = _("manual values")
        ordering = ["-as_of", "-recorded_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(evidence_file="") | ~Q(evidence_link=""),
                name="indicators_manual_value_has_evidence",
            ),
            models.CheckConstraint(condition=Q(value__gte=0), name="indicators_value_not_negative"),
        ]
        indexes = [models.Index(fields=["indicator", "-as_of", "-recorded_at"])]

    def __str__(self) -> str:
        return f"{self.indicator.code} = {self.value} ({self.as_of})"


class Snapshot(models.Model):
    """Every indicator's value and breakdowns frozen for one month and for the
    project up to that month's end, so a report for a past month never changes
    when the records do. A snapshot is never changed: a correction is a new one
    with a reason, and both stay."""

    month = models.DateField(_("month"), help_text=_("The first day of the month."))
    #: One entry per indicator: {"code", "target", "baseline", "counting",
    #: "month": figure, "to_date": figure}, a figure being
    #: {"status", "value", "as_of", "breakdown"} with numbers as text.
    figures = models.JSONField(_("figures"), default=list, editable=False)
    corrects = models.OneToOneField(
        "self",
        verbose_name=_("corrects"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="correction",
    )
    reason = models.TextField(_("reason for the correction"), blank=True)
    made_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("made by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="indicator_snapshots_made",
    )
    made_at = models.DateTimeField(_("made at"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("snapshot")
        verbose_name_plural = _("snapshots")
        ordering = ["-month", "-made_at", "-id"]
        constraints = [
            # The scheduler and a coordinator may both make a month's first one.
            models.UniqueConstraint(
                fields=["month"],
                condition=Q(corrects__isnull=True),
                name="indicators_snapshot_one_first_per_month",
            ),
            models.CheckConstraint(
                condition=Q(corrects__isnull=True) | ~Q(reason=""),
                name="indicators_snapshot_correction_has_reason",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.month:%Y-%m} #{self.pk}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise ValueError("A snapshot is never changed: make a correction instead.")
        super().save(*args, **kwargs)
