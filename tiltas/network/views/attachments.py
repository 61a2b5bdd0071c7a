"""A post's files, sent as downloads to whoever may read the post."""

from django.http import HttpRequest, HttpResponse

from tiltas.core.access import public
from tiltas.core.uploads import attachment_response

from ..permissions.clusters import access_attachment


@public
def post_attachment(request: HttpRequest, pk: int) -> HttpResponse:
    attachment = access_attachment(request.user, pk)
    return attachment_response(
        attachment.file, filename=attachment.original_name, content_type=attachment.content_type
    )
