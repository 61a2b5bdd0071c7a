"""Cached public pages for anonymous visitors (home, activities, results).

Every anonymous visitor gets the same page per language, so the rendered HTML
is kept in the cache under a key that holds a *version*. Services that change
what these pages show call :func:`public_pages_changed` inside their
transaction: the version row is updated together with the content, so once the
change is committed every worker reads the new version and renders afresh (no
window in which new content is committed under the old version).

What is not cached: signed-in people (they see "Manage", drafts, messages),
requests with a query string (pagination, reporting periods), requests with a
pending message, and any answer other than 200.
"""

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.messages import get_messages
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F
from django.http import HttpRequest, HttpResponse
from django.utils.translation import get_language

from .models import PublicPagesVersion

KEY_PREFIX = "portal:public-page"


def public_pages_version() -> int:
    """The current version (0 until something changed; one primary-key read)."""
    return PublicPagesVersion.objects.filter(pk=1).values_list("version", flat=True).first() or 0


def public_pages_changed() -> None:
    """Call from a service, inside its transaction, when public content changed."""
    if PublicPagesVersion.objects.filter(pk=1).update(version=F("version") + 1):
        return
    try:
        with transaction.atomic():
            PublicPagesVersion.objects.create(pk=1, version=1)
    except IntegrityError:  # created meanwhile by a concurrent change
        PublicPagesVersion.objects.filter(pk=1).update(version=F("version") + 1)


def _cacheable(request: HttpRequest) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and not request.GET
        and not request.user.is_authenticated
        # len() loads pending messages without marking them shown.
        and len(get_messages(request)) == 0
    )


def _shareable(request: HttpRequest, response: HttpResponse) -> bool:
    """A page that set a cookie or holds a CSRF token belongs to one visitor."""
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
    )


def _key(request: HttpRequest, version: int) -> str:
    # The host and scheme are part of the page (absolute hreflang links).
    return ":".join(
        [
            KEY_PREFIX,
            str(version),
            get_language() or "",
            request.scheme or "",
            request.get_host(),
            request.path,
        ]
    )


def cache_public_page(*, timeout: int) -> Callable[[Callable], Callable]:
    """Serve anonymous GETs of the decorated view from the cache for ``timeout``
    seconds at most, or until :func:`public_pages_changed` is called."""

    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if not _cacheable(request):
                return view(request, *args, **kwargs)
            key = _key(request, public_pages_version())
            cached = cache.get(key)
            if cached is not None:
                content, content_type = cached
                return HttpResponse(content, content_type=content_type)
            response = view(request, *args, **kwargs)
            if _shareable(request, response):
                cache.set(key, (response.content, response["Content-Type"]), timeout)
            return response

        return wrapper

    return decorator
