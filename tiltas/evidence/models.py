"""Evidence bundles: a ZIP archive for a period, built in the background."""

from django.conf import settings
from django.core.files.storage import Storage, storages
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tiltas.core.models import record_label


def bundle_storage() -> Storage:
    """The bundles' own folder (``EVIDENCE_ROOT``), apart from the uploads."""
    return storages["evidence"]


class BundleStatus(models.TextChoices):
    PENDING = "pending", _("Waiting to be built")
    BUILDING = "building", _("Being built")
    READY = "ready", _("Ready")
    FAILED = "failed", _("Failed")


#: A person waits for one bundle at a time.
IN_PROGRESS = (BundleStatus.PENDING, BundleStatus.BUILDING)


class EvidenceBundle(models.Model):
    start = models.DateField(_("from"))
    end = models.DateField(_("to"))
    #: The language of the lists' headings and the attendance sheets.
    language = models.CharField(max_length=5, choices=settings.LANGUAGES)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    requested_at = models.DateTimeField(_("requested"), default=timezone.now)
    status = models.CharField(
        _("status"), max_length=10, choices=BundleStatus.choices, default=BundleStatus.PENDING
    )
    files_total = models.PositiveIntegerField(default=0)
    files_done = models.PositiveIntegerField(default=0)
    file = models.FileField(storage=bundle_storage, upload_to="bundles/", blank=True)
    size = models.PositiveBigIntegerField(default=0)
    error = models.CharField(max_length=300, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("evidence bundle")
        verbose_name_plural = _("evidence bundles")
        ordering = ["-requested_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__gte=models.F("start")), name="evidence_bundle_period"
            ),
            models.UniqueConstraint(
                fields=["requested_by"],
                condition=models.Q(status__in=IN_PROGRESS),
                name="evidence_bundle_one_in_progress",
            ),
        ]

    def __str__(self) -> str:
        return record_label(self, f"{self.start} to {self.end}")

    @property
    def percent(self) -> int:
        if self.status == BundleStatus.READY:
            return 100
        return self.files_done * 100 // self.files_total if self.files_total else 0
