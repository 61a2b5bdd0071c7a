"""Checking uploaded evidence files: type by content (magic bytes) against an
allowlist, size cap, random name. Images are re-encoded."""

from pathlib import PurePath

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _

from tiltas.core.uploads import check_size, clean_image, random_name

#: Detected extension → MIME type served back.
ALLOWED_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odp": "application/vnd.oasis.opendocument.presentation",
    "png": "image/png",
    "jpg": "image/jpeg",
}
# The file's own name must agree with its content, so a PDF cannot pose as a PNG.
EXTENSION_ALIASES = {"jpeg": "jpg"}


def clean_document(upload: UploadedFile) -> tuple[ContentFile, str]:
    """Return the file to store (random name) and its MIME type, or raise ValidationError."""
    check_size(upload, settings.TILTAS_UPLOAD_MAX_BYTES)
    refused = ValidationError(
        _("Upload a PDF, DOCX, XLSX, PPTX, ODT, ODS, ODP, PNG or JPEG file."), code="type"
    )
    upload.seek(0)
    head = upload.read(8192)
    upload.seek(0)
    kind = filetype.guess(head)
    if kind is None or kind.extension not in ALLOWED_TYPES:
        raise refused
    suffix = PurePath(upload.name or "").suffix.lower().lstrip(".")
    if EXTENSION_ALIASES.get(suffix, suffix) != kind.extension:
        raise refused
    if kind.extension in {"png", "jpg"}:
        return clean_image(upload, max_bytes=settings.TILTAS_UPLOAD_MAX_BYTES), kind.mime
    return ContentFile(upload.read(), name=random_name(kind.extension)), ALLOWED_TYPES[
        kind.extension
    ]


def display_name(name: str) -> str:
    """The uploaded name, for showing and for the download: no path, no control characters."""
    base = PurePath((name or "").replace("\\", "/")).name
    cleaned = "".join(ch for ch in base if ch.isprintable() and ch not in '"/\\')
    return cleaned[:200] or "evidence"
