"""Donor reports for a period (PDF, XLSX and CSV drawn in the background) and the
narratives a coordinator writes per activity for them."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tiltas.indicators.models import Activity


class ReportStatus(models.TextChoices):
    QUEUED = "queued", _("Waiting to start")
    RUNNING = "running", _("Being prepared")
    READY = "ready", _("Ready")
    FAILED = "failed", _("Failed")


def report_file_path(instance: "Report", filename: str) -> str:
    # The task passes a random name.
    return f"reports/{filename}"


class Report(models.Model):
    """One report for a period of whole months, in one language."""

    start = models.DateField(_("first day"))
    end = models.DateField(_("last day"))
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reports_requested",
    )
    requested_at = models.DateTimeField(_("requested"), default=timezone.now, editable=False)
    status = models.CharField(
        _("status"), max_length=10, choices=ReportStatus.choices, default=ReportStatus.QUEUED
    )
    progress = models.PositiveSmallIntegerField(_("progress"), default=0)
    #: What went wrong, in the report's language, for the coordinator.
    error = models.CharField(_("error"), max_length=300, blank=True)
    #: Whether the figures were read from monthly snapshots (frozen) or counted live.
    from_snapshots = models.BooleanField(_("from snapshots"), default=False)
    pdf = models.FileField(_("PDF"), upload_to=report_file_path, blank=True, max_length=200)
    xlsx = models.FileField(_("XLSX"), upload_to=report_file_path, blank=True, max_length=200)
    csv = models.FileField(_("CSV"), upload_to=report_file_path, blank=True, max_length=200)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    class Meta:
        verbose_name = _("donor report")
        verbose_name_plural = _("donor reports")
        ordering = ["-requested_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=Q(end__gte=F("start")), name="reports_period_order"),
            models.CheckConstraint(condition=Q(progress__lte=100), name="reports_progress_max"),
        ]

    def __str__(self) -> str:
        return f"{self.start:%Y-%m}..{self.end:%Y-%m} ({self.language}) #{self.pk}"

    @property
    def is_ready(self) -> bool:
        return self.status == ReportStatus.READY

    @property
    def in_progress(self) -> bool:
        return self.status in (ReportStatus.QUEUED, ReportStatus.RUNNING)


class Narrative(models.Model):
    """What a coordinator tells the donor about one activity in one period, in
    one language: a report in that language prints it."""

    start = models.DateField(_("first day"))
    end = models.DateField(_("last day"))
    activity = models.ForeignKey(
        Activity, verbose_name=_("activity"), on_delete=models.CASCADE, related_name="narratives"
    )
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    text = models.TextField(_("narrative"), max_length=10000)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("written by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="report_narratives",
    )
    updated_at = models.DateTimeField(_("written"), default=timezone.now)

    class Meta:
        verbose_name = _("narrative")
        verbose_name_plural = _("narratives")
        ordering = ["activity__code", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["start", "end", "activity", "language"], name="reports_narrative_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.activity_id} {self.start:%Y-%m}..{self.end:%Y-%m} ({self.language})"
