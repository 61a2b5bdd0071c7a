"""Files attached to a post. The stored name is random; the uploaded name is kept
apart for showing and for the download."""

from pathlib import PurePath

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .threads import Post

#: The most files one post carries.
POST_ATTACHMENTS_MAX = 5


def post_attachment_path(instance: "PostAttachment", filename: str) -> str:
    return f"network/posts/{filename}"


class PostAttachment(models.Model):
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(upload_to=post_attachment_path)
    original_name = models.CharField(_("file name"), max_length=200)
    content_type = models.CharField(max_length=100)
    size = models.PositiveBigIntegerField()
    uploaded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["uploaded_at", "pk"]
        verbose_name = _("post attachment")
        verbose_name_plural = _("post attachments")

    def __str__(self) -> str:
        return self.original_name

    @property
    def kind(self) -> str:
        """The type as people name it: PDF, DOCX, PNG…"""
        return PurePath(self.file.name or "").suffix.lstrip(".").upper()
