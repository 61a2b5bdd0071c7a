"""Checks for uploaded files: type by content, size, and image re-encoding."""

import io
import secrets
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

IMAGE_FORMATS = {"PNG": "png", "JPEG": "jpg", "WEBP": "webp"}


def random_name(extension: str) -> str:
    return f"{secrets.token_urlsafe(16)}.{extension}"


def check_size(upload: UploadedFile, max_bytes: int) -> None:
    if upload.size == 0:
        raise ValidationError(_("The file is empty."), code="empty")
    if upload.size is None or upload.size > max_bytes:
        raise ValidationError(
            _("The file is too large: at most %(limit)s is allowed.")
            % {"limit": filesizeformat(max_bytes)},
            code="too_large",
        )


def clean_image(upload: UploadedFile, *, max_bytes: int | None = None) -> ContentFile:
    """Accept PNG, JPEG or WebP checked by content; return a re-encoded copy.

    Re-encoding drops anything appended to or hidden in the file (polyglots,
    metadata) and gives it a random name.
    """
    check_size(upload, max_bytes or settings.TILTAS_LOGO_MAX_BYTES)
    suffix = PurePath(upload.name or "").suffix.lower()
    if suffix in {".svg", ".svgz", ".html", ".htm"}:
        raise ValidationError(_("Upload a PNG, JPEG or WebP image."), code="type")
    try:
        upload.seek(0)
        with Image.open(upload) as probe:
            probe.verify()
        upload.seek(0)
        image: Image.Image = Image.open(upload)
        image.load()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise ValidationError(_("Upload a PNG, JPEG or WebP image."), code="type") from exc
    if image.format not in IMAGE_FORMATS:
        raise ValidationError(_("Upload a PNG, JPEG or WebP image."), code="type")
    extension = IMAGE_FORMATS[image.format]
    if image.format == "JPEG" and image.mode not in {"RGB", "L"}:
        image = image.convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, format=image.format)
    return ContentFile(buffer.getvalue(), name=random_name(extension))
