"""Stored files sent by the API: streamed in pieces, never read whole."""

from django.db.models.fields.files import FieldFile
from django.http import FileResponse, Http404

from tiltas.core.uploads import attachment_response


def stored_file_response(stored: FieldFile, *, filename: str, content_type: str) -> FileResponse:
    """The file as a download (``attachment_response``'s headers); 404 when it is gone."""
    if not stored:
        raise Http404
    try:
        handle = stored.storage.open(stored.name or "", "rb")
    except FileNotFoundError as exc:
        raise Http404 from exc
    return attachment_response(handle, filename=filename, content_type=content_type)
