"""Serving stored uploads through the shared attachment download."""

from django.db.models.fields.files import FieldFile
from django.http import Http404, HttpResponse
from django.utils.text import slugify

from tiltas.core.uploads import DOCUMENT_TYPES, attachment_response


def titled_download(field: FieldFile, *, title: str, extension: str) -> HttpResponse:
    # The name is rebuilt from the title: never the uploader's file name.
    safe = (slugify(title, allow_unicode=False) or "file")[:80]
    return attachment_response(
        field,
        filename=f"{safe}.{extension}",
        content_type=DOCUMENT_TYPES.get(extension.lower(), "application/octet-stream"),
    )


def inline_image(field: FieldFile, *, content_type: str) -> HttpResponse:
    """A stored (re-encoded) PNG or JPEG shown in a page: its own type, never sniffed."""
    try:
        with field.open("rb") as handle:
            content = handle.read()
    except (FileNotFoundError, ValueError) as exc:
        raise Http404 from exc
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = "inline"
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    # Private to the learner: shared caches must not keep it.
    response["Cache-Control"] = "private, max-age=3600"
    return response
