"""Files attached to an event or a study visit: its report, documents and photos."""

from typing import ClassVar

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
