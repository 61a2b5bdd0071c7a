"""Files of an event (its report, photos), like a study visit's."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .events import Event
from .visits import VisitFileKind as FileKind


def event_file_path(instance: "EventFile", filename: str) -> str:
    # ``filename`` is already random (see services): the original name is kept apart.
    return f"events/{filename}"


class EventFile(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="files")
    kind = models.CharField(_("kind"), max_length=10, choices=FileKind.choices)
    title = models.CharField(_("title"), max_length=200)
    file = models.FileField(upload_to=event_file_path)
    original_name = models.CharField(max_length=200, blank=True)
    content_type = models.CharField(max_length=100)
    uploaded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("event file")
        verbose_name_plural = _("event files")
        ordering = ["kind", "id"]

    def __str__(self) -> str:
        return self.title
