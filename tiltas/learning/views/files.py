"""Serving stored uploads: always as an attachment, with a safe name and nosniff."""

from django.http import FileResponse, Http404
from django.utils.text import slugify


def attachment_response(field, *, title: str, extension: str) -> FileResponse:
    try:
        handle = field.open("rb")
    except (FileNotFoundError, ValueError) as exc:
        raise Http404 from exc
    # The name is rebuilt from the title: never the uploader's file name.
    safe = (slugify(title, allow_unicode=False) or "file")[:80]
    response = FileResponse(handle, as_attachment=True, filename=f"{safe}.{extension}")
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
