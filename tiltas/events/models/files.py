"""Files attached to an event or a study visit: its report, documents and photos,
and the signed attendance sheets of its days."""

from typing import ClassVar

from django.conf import settings
from django.db import models
from django.db.models.fields.files import FieldFile
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .events import Event


class FileKind(models.TextChoices):
    DOCUMENT = "document", _("Document")
    PHOTO = "photo", _("Photo")


class AttachedFile(models.Model):
    """What every attached file keeps; the subclass names its owner and folder.
    The stored name is random (see services): the original name is kept apart."""

    kind = models.CharField(_("kind"), max_length=10, choices=FileKind.choices)
    title = models.CharField(_("title"), max_length=200)
    original_name = models.CharField(max_length=200, blank=True)
    content_type = models.CharField(max_length=100)
    uploaded_at = models.DateTimeField(default=timezone.now)

    #: The subclass's FileField, stored under its own folder.
    file: FieldFile
    #: The audit log's code for this kind of file ("events.event_file.added").
    audit_action: ClassVar[str]

    class Meta:
        abstract = True
        ordering = ["kind", "id"]

    def __str__(self) -> str:
        return self.title


def event_file_path(instance: "EventFile", filename: str) -> str:
    return f"events/{filename}"


class EventFile(AttachedFile):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="files")
    file = models.FileField(upload_to=event_file_path)

    audit_action = "events.event_file"

    class Meta(AttachedFile.Meta):
        verbose_name = _("event file")
        verbose_name_plural = _("event files")


def signed_sheet_path(instance: "SignedAttendanceSheet", filename: str) -> str:
    return f"events/signed-sheets/{filename}"


class SignedAttendanceSheet(models.Model):
    """The scan of a day's attendance sheet as the participants signed it: the
    donor's evidence that they were there. One per event day; a new scan
    replaces the old one (the audit log keeps that it did)."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="signed_sheets")
    day = models.DateField(_("day"))
    file = models.FileField(upload_to=signed_sheet_path)
    original_name = models.CharField(max_length=200, blank=True)
    content_type = models.CharField(max_length=100)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    uploaded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("signed attendance sheet")
        verbose_name_plural = _("signed attendance sheets")
        ordering = ["day"]
        constraints = [
            models.UniqueConstraint(fields=["event", "day"], name="signed_sheet_once_per_day")
        ]

    def __str__(self) -> str:
        return f"{self.event} · {self.day}"
