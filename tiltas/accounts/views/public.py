from django.http import HttpRequest, HttpResponse

from tiltas.core.access import public

from ..permissions import access_organisation_logo_by_slug

CONTENT_TYPES = {"png": "image/png", "jpg": "image/jpeg", "webp": "image/webp"}


@public
def organisation_logo(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = access_organisation_logo_by_slug(request.user, slug)
    extension = organisation.logo.name.rsplit(".", 1)[-1].lower()
    # Logos are re-encoded and at most 2 MB: read whole, nothing left open.
    with organisation.logo.open("rb") as logo:
        content = logo.read()
    response = HttpResponse(
        content, content_type=CONTENT_TYPES.get(extension, "application/octet-stream")
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "public, max-age=3600"
    return response
