"""Open Badges, hosted: 2.0's JSON-LD and 3.0's key and status list, which
anyone (a backpack, a validator) may fetch; the holder's baked badge and
signed credential."""

import json
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.utils.text import slugify
from django.views.decorators.cache import cache_control

from tiltas.core.access import public, signed_in
from tiltas.core.throttle import rate_limited
from tiltas.core.uploads import attachment_response

from .. import selectors
from ..badges import keys, v2, v3
from ..badges.image import badge_png, baked_png
from ..badges.urls import achievement_key, badge_image_name
from ..permissions import access_certificate_by_number

#: Assertions fetched per client and minute: a backpack checking a person's
#: badges, far too few to walk the numbers (their verification allows 30).
ASSERTION_LIMIT = 60


def _json(document: dict[str, Any], content_type: str, *, status: int = 200) -> HttpResponse:
    response = HttpResponse(
        json.dumps(document, ensure_ascii=False, indent=1),
        content_type=f"{content_type}; charset=utf-8",
        status=status,
    )
    # Backpacks and validators in a browser read them from another origin.
    response["Access-Control-Allow-Origin"] = "*"
    response["X-Robots-Tag"] = "noindex"
    return response


def json_ld(document: dict[str, Any], *, status: int = 200) -> HttpResponse:
    return _json(document, v2.CONTENT_TYPE, status=status)


@public
@cache_control(max_age=300, public=True)
def issuer(request: HttpRequest) -> HttpResponse:
    return json_ld(v2.issuer_profile())


@public
@cache_control(max_age=300, public=True)
def badge_class(request: HttpRequest, key: str, language: str) -> HttpResponse:
    document = v2.badge_class(key, language)
    if document is None:
        raise Http404
    return json_ld(document)


@public
@cache_control(max_age=86400, public=True)
def badge_image(request: HttpRequest, name: str) -> HttpResponse:
    content = badge_png(name)
    if content is None:
        raise Http404
    return HttpResponse(content, content_type="image/png")


@public
@cache_control(no_cache=True)
@rate_limited("credentials.assertion", limit=ASSERTION_LIMIT, window=60)
def assertion(request: HttpRequest, number: str) -> HttpResponse:
    """The assertion; revoked ones answer 410 at once, erased ones 404."""
    certificate = selectors.certificate_for_badge(number)
    if certificate is None:
        raise Http404
    if certificate.is_revoked:
        return json_ld(v2.revoked_assertion(certificate), status=410)
    return json_ld(v2.assertion(certificate))


@public
@cache_control(no_cache=True)
def revocations(request: HttpRequest) -> HttpResponse:
    return json_ld(v2.revocation_list())


@signed_in
def baked_badge(request: HttpRequest, number: str) -> HttpResponse:
    """The holder's badge picture with the assertion baked in, to upload to a backpack."""
    certificate = access_certificate_by_number(request.user, number)
    if certificate.is_revoked:
        raise Http404
    content = baked_png(badge_image_name(achievement_key(certificate)), v2.assertion(certificate))
    name = slugify(str(certificate.achievement))[:60] or "badge"
    return attachment_response(
        content, filename=f"{name}-{certificate.number}.png", content_type="image/png"
    )


# --- Open Badges 3.0 ---------------------------------------------------------


@public
@cache_control(max_age=3600, public=True)
def did_document(request: HttpRequest) -> HttpResponse:
    """The issuer's ``did:web`` document: the public key credentials are checked with."""
    return _json(keys.did_document(), "application/did+json")


@public
@cache_control(max_age=3600, public=True)
def jwks(request: HttpRequest) -> HttpResponse:
    return _json(keys.jwks(), "application/jwk-set+json")


@public
@cache_control(no_cache=True)
def status_list(request: HttpRequest) -> HttpResponse:
    """The revocation status list, a signed VC-JWT: a revocation shows at once."""
    response = HttpResponse(
        v3.sign(v3.status_list_credential()), content_type=f"{v3.MEDIA_TYPE}; charset=utf-8"
    )
    response["Access-Control-Allow-Origin"] = "*"
    return response


@signed_in
def credential(request: HttpRequest, number: str) -> HttpResponse:
    """The holder's Open Badges 3.0 credential, signed, as a JSON file."""
    certificate = access_certificate_by_number(request.user, number)
    if certificate.is_revoked:
        raise Http404
    content = json.dumps(v3.credential_download(certificate), ensure_ascii=False, indent=1)
    name = slugify(str(certificate.achievement))[:60] or "credential"
    return attachment_response(
        content.encode(),
        filename=f"{name}-{certificate.number}.json",
        content_type="application/json",
    )
