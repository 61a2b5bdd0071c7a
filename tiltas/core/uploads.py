"""Checks for uploaded files: the request's size before it is read, type by
content, size, image dimensions and re-encoding, and downloads."""

import io
import secrets
import warnings
from collections.abc import Callable, Mapping
from pathlib import PurePath
from typing import IO, overload

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.db.models.fields.files import FieldFile
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.defaultfilters import filesizeformat
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

IMAGE_FORMATS = {"PNG": "png", "JPEG": "jpg", "WEBP": "webp"}

# A few kilobytes can declare an image of billions of pixels, which decoding
# would unpack into gigabytes of memory. Pillow warns above MAX_IMAGE_PIXELS
# and refuses above twice that: here both are refusals (clean_image).
Image.MAX_IMAGE_PIXELS = settings.TILTAS_IMAGE_MAX_PIXELS
warnings.simplefilter("error", Image.DecompressionBombWarning)

#: Documents accepted by default: extension of the detected type → MIME type served back.
DOCUMENT_TYPES = {
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
# filetype decides from the first bytes; 8 KiB covers the ZIP entries of office files.
HEAD_BYTES = 8192
EXTENSION_ALIASES = {"jpeg": "jpg"}


class RequestSizeLimitMiddleware:
    """Answers 413 to a request whose body is larger than ``TILTAS_REQUEST_MAX_BYTES``
    before any of it is read, so an oversized upload is never spooled to disk.

    Django reads no more than the declared Content-Length (a body without one
    is empty), so the header is the whole body's size. The proxy in front
    refuses larger bodies still earlier (README, Operations). Last in
    MIDDLEWARE: the page is rendered in the request's language, with the
    security headers of every other page.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        limit = settings.TILTAS_REQUEST_MAX_BYTES
        if length > limit:
            context = {"limit": filesizeformat(settings.TILTAS_UPLOAD_MAX_BYTES)}
            response = render(request, "core/errors/413.html", context, status=413)
            response["Connection"] = "close"  # the unread body is not drained
            return response
        return self.get_response(request)


def random_name(extension: str) -> str:
    return f"{secrets.token_urlsafe(16)}.{extension}"


def check_size(upload: UploadedFile[bytes], max_bytes: int) -> None:
    if upload.size == 0:
        raise ValidationError(_("The file is empty."), code="empty")
    if upload.size is None or upload.size > max_bytes:
        raise ValidationError(
            _("The file is too large: at most %(limit)s is allowed.")
            % {"limit": filesizeformat(max_bytes)},
            code="too_large",
        )


def clean_image(upload: UploadedFile[bytes], *, max_bytes: int | None = None) -> ContentFile[bytes]:
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
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ValidationError(
            _("The image is too large: at most %(megapixels)s million pixels are allowed.")
            % {"megapixels": settings.TILTAS_IMAGE_MAX_PIXELS // 1_000_000},
            code="too_many_pixels",
        ) from exc
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


def clean_document(
    upload: UploadedFile[bytes],
    *,
    allowed: Mapping[str, str] = DOCUMENT_TYPES,
    max_bytes: int | None = None,
) -> tuple[ContentFile[bytes], str]:
    """Return the file to store (random name) and its MIME type, or raise ValidationError.

    The type is judged by the file's own bytes, and the name's extension must
    agree with it, so an HTML page cannot pose as a PDF nor a PDF as a PNG.
    Images are re-encoded (see ``clean_image``).
    """
    limit = max_bytes or settings.TILTAS_UPLOAD_MAX_BYTES
    check_size(upload, limit)
    if allowed is DOCUMENT_TYPES:
        message = _("Upload a PDF, DOCX, XLSX, PPTX, ODT, ODS, ODP, PNG or JPEG file.")
    else:
        message = _("Upload a file of one of these types: %(types)s.") % {
            "types": ", ".join(extension.upper() for extension in allowed)
        }
    upload.seek(0)
    kind = filetype.guess(upload.read(HEAD_BYTES))
    upload.seek(0)
    if kind is None or kind.extension not in allowed:
        raise ValidationError(message, code="type")
    suffix = PurePath(upload.name or "").suffix.lower().lstrip(".")
    if EXTENSION_ALIASES.get(suffix, suffix) != kind.extension:
        raise ValidationError(message, code="type")
    if kind.extension in {"png", "jpg"}:
        return clean_image(upload, max_bytes=limit), allowed[kind.extension]
    return ContentFile(upload.read(), name=random_name(kind.extension)), allowed[kind.extension]


def display_name(name: str, *, fallback: str = "file") -> str:
    """The uploaded name, for showing and for the download: no path, no control characters."""
    base = PurePath((name or "").replace("\\", "/")).name
    cleaned = "".join(ch for ch in base if ch.isprintable() and ch not in '"/\\')
    return cleaned.strip()[:200] or fallback


@overload
def attachment_response(
    content: bytes | FieldFile, *, filename: str, content_type: str
) -> HttpResponse: ...
@overload
def attachment_response(
    content: IO[bytes], *, filename: str, content_type: str
) -> FileResponse: ...
def attachment_response(
    content: bytes | FieldFile | IO[bytes], *, filename: str, content_type: str
) -> HttpResponse | FileResponse:
    """A download the browser saves and never renders, whatever the file holds.

    Stored files are read whole (they are capped by the upload limit) so no file
    handle outlives the request; a missing file is a 404. An open file (an
    archive built for the request) is streamed and closed when sent.
    """
    if isinstance(content, FieldFile):
        try:
            with content.open("rb") as handle:
                content = handle.read()
        except (FileNotFoundError, ValueError) as exc:
            raise Http404 from exc
    kind = content_type or "application/octet-stream"
    response: HttpResponse | FileResponse
    if isinstance(content, bytes):
        response = HttpResponse(content, content_type=kind)
    else:
        response = FileResponse(content, content_type=kind)
    response["Content-Disposition"] = content_disposition_header(True, display_name(filename))
    response["X-Content-Type-Options"] = "nosniff"
    # Should it ever be opened in place, it runs nothing and loads nothing.
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
