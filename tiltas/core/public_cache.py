"""Cached pages for anonymous visitors, and data every signed-in page shares,
kept per scope (:mod:`tiltas.core.scopes`).

A cached page records what it shows: the view names the objects and lists it
renders with :func:`shows`, and the page is stored with the versions of those
scopes. A hit reads the page and its scopes' versions (from the worker's own
memory for a second, else one round trip) and serves the page only while
every version is current, so a change to one programme leaves every other
programme's page served.

Versions are read *before* the page is rendered, from the scopes the previous
copy of the page recorded: a change committed while the page was rendering
makes the stored copy stale at once, never current. For a page seen for the
first time each version is read when the view names the scope, before it
reads what it shows of it (a view that must read an object to name it, such
as a programme by its slug, leaves a window of that one query, bounded by the
page's ``timeout``).

Only with a shared cache (``settings.PAGE_CACHE``, on with ``REDIS_URL`` and
in development): with memory per gunicorn worker a change seen by one worker
would not reach the others, so pages are rendered every time.

Not cached: signed-in people, query strings other than the view's allowlist
(``query=``), requests with a pending message, answers that set a cookie or
hold a CSRF token, pages that used the CSP nonce (a nonce must be fresh in
every response), and any answer other than 200.
"""

import hashlib
import time
from collections.abc import Callable, Iterable
from contextvars import ContextVar
from functools import wraps
from typing import Any

from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.template.response import SimpleTemplateResponse
from django.utils.http import urlencode
from django.utils.translation import get_language

from . import scopes
from .scopes import Scoped, scope_of

#: The scopes the page being rendered shows, with the versions read when the
#: view named them (None outside a cached view).
_shown: ContextVar[dict[str, str] | None] = ContextVar("shown", default=None)

#: Every page shows the site: navigation, footer, project texts.
SITE = "site"


def enabled() -> bool:
    return bool(getattr(settings, "PAGE_CACHE", False))


def shows(*things: Scoped) -> None:
    """The page being rendered shows these objects, or lists of these models."""
    shown = _shown.get()
    if shown is not None:
        new = {scope_of(thing) for thing in things} - shown.keys()
        if new:
            shown.update(scopes.versions(new))


def content_cached[T](
    name: str, build: Callable[[], T], *, scopes: Iterable[Scoped], timeout: int = 300
) -> T:
    """What pages show the same to everyone (a framework with its levels, a
    programme's outline), built once per version of the ``scopes`` it shows:
    for the pages of signed-in people, which are rendered for each request.
    Read-only pages only: within a transaction that changes a scope, the old
    version is still current."""
    if not enabled():
        return build()
    full_key = versioned_key(name, scopes)
    found = cache.get(full_key, _MISSING)
    if found is _MISSING:
        built = build()
        cache.set(full_key, built, timeout)
        return built
    kept: T = found
    return kept


def versioned_key(name: str, things: Iterable[Scoped]) -> str:
    """A cache key that changes whenever one of the scopes of ``things`` does."""
    names = sorted(scope_of(thing) for thing in things)
    shows(*names)
    current = scopes.versions(names)
    digest = hashlib.sha256("|".join(current[n] for n in names).encode()).hexdigest()[:16]
    return scopes.key(f"content:{name}:{digest}")


_MISSING = object()


def _cacheable(request: HttpRequest, allowed: frozenset[str]) -> bool:
    return (
        enabled()
        and request.method in ("GET", "HEAD")
        and all(name in allowed for name in request.GET)
        and not request.user.is_authenticated
        # len() loads pending messages without marking them shown.
        and len(get_messages(request)) == 0
    )


def page_is_plain(request: HttpRequest, response: HttpResponse) -> bool:
    """A 200 page that can be served again as it is: it set no cookie, used no
    CSP nonce, shows no message and holds no CSRF token: it belongs to nobody."""
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not getattr(request, "_csp_nonce", None)  # LazyNonce is falsy until used
        and len(get_messages(request)) == 0
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
    )


def _key(request: HttpRequest) -> str:
    # The host and scheme are part of the page (absolute hreflang links).
    query = urlencode(sorted((name, request.GET.getlist(name)) for name in request.GET), True)
    page = "\n".join(
        [get_language() or "", request.scheme or "", request.get_host(), request.path, query]
    )
    return scopes.key(f"page:{hashlib.sha256(page.encode()).hexdigest()}")


#: A page whose ``timeout`` has run out (its scopes still current) is served
#: for up to this long more while one request renders it afresh, instead of
#: every request at that moment rendering it at once (a page that counts the
#: whole database, like the indicator dashboard, would stall them all).
STALE_SECONDS = 60
REFRESH_LOCK_SECONDS = 30


def _refresh_claimed(key: str) -> bool:
    """Whether this request renders the stale page (the others keep serving it)."""
    return cache.add(f"{key}:refreshing", 1, REFRESH_LOCK_SECONDS)


def _render(
    view: Callable[..., HttpResponse], request: HttpRequest, *args: Any, **kwargs: Any
) -> tuple[HttpResponse, dict[str, str]]:
    shown = scopes.versions([SITE])
    token = _shown.set(shown)
    try:
        response = view(request, *args, **kwargs)
        if isinstance(response, SimpleTemplateResponse) and not response.is_rendered:
            response.render()  # what it shows is named while it renders
    finally:
        _shown.reset(token)
    return response, shown


def cache_public_page(*, timeout: int, query: Iterable[str] = ()) -> Callable[[Callable], Callable]:
    """Serve anonymous GETs of the decorated view from the cache for ``timeout``
    seconds (then once more rendered by one request while the others are still
    served the page), or until a scope it shows changes. Requests whose query
    string names anything but ``query`` are never cached."""
    allowed = frozenset(query)

    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if not _cacheable(request, allowed):
                return view(request, *args, **kwargs)
            key = _key(request)
            stored = cache.get(key)
            current: dict[str, str] = {}
            if stored is not None:
                recorded, content, content_type, fresh_until = stored
                current = scopes.versions(recorded)
                fresh = time.time() < fresh_until
                if current == recorded and (fresh or not _refresh_claimed(key)):
                    return HttpResponse(content, content_type=content_type)
            response, shown = _render(view, request, *args, **kwargs)
            if not page_is_plain(request, response):
                return response
            if set(current) >= set(shown):
                # Versions read before rendering: a change meanwhile makes it stale.
                shown = {scope: current[scope] for scope in shown}
            page = (shown, response.content, response["Content-Type"], time.time() + timeout)
            cache.set(key, page, timeout + STALE_SECONDS)
            cache.delete(f"{key}:refreshing")
            return response

        return wrapper

    return decorator
