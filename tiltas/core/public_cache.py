"""Cached public pages for anonymous visitors (home, activities, catalogue,
programme pages, events, visits).

Every anonymous visitor gets the same page per language, so the rendered HTML
is kept in the cache together with the *version* it was rendered under, and
served only while that is still the current version. Services that change
what these pages show call :func:`public_pages_changed` inside their
transaction. Where the version lives depends on the cache:

- **Shared cache** (Redis, ``REDIS_URL``; production): the version lives in the
  cache itself, so a cache hit makes no database query. It is replaced once the
  transaction commits (never before: a visitor could otherwise cache the old
  content under the new version). The worker that made the change sees it on
  its next request, every other worker within ``LOCAL_SECONDS`` (each keeps
  the version and the pages it served that long in its own memory, so most
  hits make no round trip at all). A missing version key means "start a new
  version": the version is a random token, not a counter, so when the cache is
  flushed or the version key alone is evicted, pages cached under an earlier
  version are never served again.
- **Local memory** (no ``REDIS_URL``: one cache per gunicorn worker): a version
  kept there would only refresh the worker that made the change, so it is the
  one-row table ``core.PublicPagesVersion``, updated in the service's
  transaction (the new version commits with the content) and read on every hit
  (one primary-key query).

``PUBLIC_CACHE_VERSION_IN_CACHE`` (a setting, normally unset) forces either
way; tests use it to exercise the shared mode with local memory.

What is not cached: signed-in people (they see "Manage", drafts, messages),
query strings other than the view's allowlist (``query=``), requests with a
pending message, answers that set a cookie or hold a CSRF token, pages that
used the CSP nonce (a nonce must be fresh in every response, and the cached
copy would be served with a header naming another one), and any answer other
than 200.
"""

import hashlib
import secrets
import time
from collections.abc import Callable, Iterable
from functools import wraps
from typing import Any

from django.apps import apps
from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import cache, caches
from django.core.cache.backends.dummy import DummyCache
from django.core.cache.backends.locmem import LocMemCache
from django.db import IntegrityError, transaction
from django.db.models import F, Model
from django.db.models.signals import post_delete, post_save
from django.http import HttpRequest, HttpResponse
from django.utils.http import urlencode
from django.utils.translation import get_language

KEY_PREFIX = "public-page"
VERSION_KEY = "public-pages:version"


def version_in_cache() -> bool:
    """Whether the version lives in the (shared) cache rather than the database."""
    forced = getattr(settings, "PUBLIC_CACHE_VERSION_IN_CACHE", None)
    if forced is not None:
        return bool(forced)
    return not isinstance(caches["default"], LocMemCache | DummyCache)


def _new_version() -> str:
    return secrets.token_hex(8)


def _version_row():
    return apps.get_model("core", "PublicPagesVersion")


def public_pages_version() -> str:
    """The current version: from the shared cache (a new one when it has none),
    else the database row."""
    if not version_in_cache():
        row = _version_row().objects.filter(pk=1).values_list("version", flat=True).first()
        return f"db{row or 0}"
    version = cache.get(VERSION_KEY)
    if version is None:
        # add() keeps a version another worker set meanwhile; read it back.
        cache.add(VERSION_KEY, _new_version(), None)
        version = cache.get(VERSION_KEY) or _new_version()
    return version


def _bump() -> None:
    cache.set(VERSION_KEY, _new_version(), None)
    forget_local()  # this worker sees its own change at once


#: With a shared cache each worker also keeps the version, and the pages it
#: served, in its own memory for this many seconds: most hits then cost no round
#: trip to Redis. The worker that made a change sees it at once, the others this
#: much later at most.
LOCAL_SECONDS = 1.0
_local_pages = LocMemCache("tiltas-public-pages", {"OPTIONS": {"MAX_ENTRIES": 1000}})
_local_version: list[Any] = [None, 0.0]  # the version, and until when (monotonic)


def forget_local() -> None:
    _local_version[:] = [None, 0.0]
    _local_pages.clear()


def _bump_row() -> None:
    Version = _version_row()
    if Version.objects.filter(pk=1).update(version=F("version") + 1):
        return
    try:
        with transaction.atomic():
            Version.objects.create(pk=1, version=1)
    except IntegrityError:  # created meanwhile by a concurrent change
        Version.objects.filter(pk=1).update(version=F("version") + 1)


def public_pages_changed() -> None:
    """Call from a service, inside its transaction, when public content changed:
    every cached public page is rendered afresh once the change is committed."""
    if version_in_cache():
        transaction.on_commit(_bump)
    else:
        _bump_row()  # commits (or rolls back) together with the content


#: Models whose rows are shown on public pages (with their proxies).
_CONTENT_MODELS: set[type[Model]] = set()


def _content_row_changed(sender: type[Model], **kwargs: Any) -> None:
    if sender._meta.concrete_model not in _CONTENT_MODELS:
        return
    # After the commit, in a statement of its own: with the version row, taking
    # its lock in the middle of someone's transaction (after their own row
    # locks) could deadlock against a service that takes it first. Pages read
    # the version before the content, so a bump after the commit is enough.
    transaction.on_commit(_bump if version_in_cache() else _bump_row)


def track_content_rows(*models: type[Model]) -> None:
    """Saving or deleting a row of these models (or of their proxies) changes
    public pages (and the pages of :mod:`tiltas.core.person_cache`), wherever
    the write comes from: services call :func:`public_pages_changed`
    themselves, this also covers the Django admin. Writes that bypass signals
    (``update()``, ``bulk_create()``) still call it explicitly."""
    for model in models:
        concrete = model._meta.concrete_model
        if concrete is None:  # abstract
            raise TypeError(f"{model.__name__} is abstract: name the models that have rows")
        _CONTENT_MODELS.add(concrete)
    post_save.connect(_content_row_changed, dispatch_uid="public-pages:content")
    post_delete.connect(_content_row_changed, dispatch_uid="public-pages:content")


def content_cached(key: str, build: Callable[[], Any], timeout: int = 300) -> Any:
    """What pages show the same to everyone (a framework with its levels, a
    programme's outline), built once per content version: for the pages of
    signed-in people, which are not shared. Read-only pages only: within a
    transaction that changes content, the old version is still current."""
    full_key = f"content:{key}:{public_pages_version()}"
    found = cache.get(full_key, _MISSING)
    if found is _MISSING:
        found = build()
        cache.set(full_key, found, timeout)
    return found


_MISSING = object()


def _query_allowed(request: HttpRequest, allowed: frozenset[str]) -> bool:
    return all(name in allowed for name in request.GET)


def _cacheable(request: HttpRequest, allowed: frozenset[str]) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and _query_allowed(request, allowed)
        and not request.user.is_authenticated
        # len() loads pending messages without marking them shown.
        and len(get_messages(request)) == 0
    )


def page_is_plain(request: HttpRequest, response: HttpResponse) -> bool:
    """A 200 page that can be served again as it is: it set no cookie, used no
    CSP nonce (a nonce must be fresh in every response) and shows no message.
    Shared with :mod:`tiltas.core.person_cache`."""
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not getattr(request, "_csp_nonce", None)  # LazyNonce is falsy until used
        and len(get_messages(request)) == 0
    )


def _shareable(request: HttpRequest, response: HttpResponse) -> bool:
    """A plain page that holds no CSRF token either: it belongs to nobody."""
    return page_is_plain(request, response) and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")


def _key(request: HttpRequest) -> str:
    # The host and scheme are part of the page (absolute hreflang links).
    query = urlencode(sorted((name, request.GET.getlist(name)) for name in request.GET), True)
    page = "\n".join(
        [get_language() or "", request.scheme or "", request.get_host(), request.path, query]
    )
    return f"{KEY_PREFIX}:{hashlib.sha256(page.encode()).hexdigest()}"


def _lookup(key: str) -> tuple[str, Any]:
    """The current version and what is stored under ``key``. With the version
    in the cache, first from this worker's memory (``LOCAL_SECONDS``), else
    both in one round trip (Redis ``MGET``): the page is stored with the version
    it was rendered under, not under a versioned key."""
    if not version_in_cache():
        return public_pages_version(), cache.get(key)
    now = time.monotonic()
    version, until = _local_version
    if version is not None and now < until:
        local = _local_pages.get(key)
        if local is not None and local[0] == version:
            return version, local
    found = cache.get_many([VERSION_KEY, key])
    version = found.get(VERSION_KEY) or public_pages_version()
    _local_version[:] = [version, now + LOCAL_SECONDS]
    page = found.get(key)
    if page is not None and page[0] == version:
        _local_pages.set(key, page, LOCAL_SECONDS)
    return version, page


def _store(key: str, page: tuple[str, bytes, str, float], timeout: int) -> None:
    # Kept past its freshness for a grace period: see _refresh_claimed().
    cache.set(key, page, timeout + STALE_SECONDS)
    if version_in_cache():
        _local_pages.set(key, page, LOCAL_SECONDS)


#: A page whose ``timeout`` has run out (its version still current) is served
#: for up to this long more while one request renders it afresh, instead of
#: every request at that moment rendering it at once (a page that counts the
#: whole database, like the indicator dashboard, would stall them all).
STALE_SECONDS = 60
REFRESH_LOCK_SECONDS = 30


def _refresh_claimed(key: str) -> bool:
    """Whether this request renders the stale page (the others keep serving it)."""
    return cache.add(f"{key}:refreshing", 1, REFRESH_LOCK_SECONDS)


def cache_public_page(*, timeout: int, query: Iterable[str] = ()) -> Callable[[Callable], Callable]:
    """Serve anonymous GETs of the decorated view from the cache for ``timeout``
    seconds (then once more rendered by one request while the others are still
    served the page), or until :func:`public_pages_changed` is called: a page of
    an earlier version is never served. Requests whose query string names
    anything but ``query`` are never cached."""
    allowed = frozenset(query)

    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if not _cacheable(request, allowed):
                return view(request, *args, **kwargs)
            key = _key(request)
            version, cached = _lookup(key)
            if cached is not None and cached[0] == version:
                _, content, content_type, fresh_until = cached
                if time.time() < fresh_until or not _refresh_claimed(key):
                    return HttpResponse(content, content_type=content_type)
            response = view(request, *args, **kwargs)
            if _shareable(request, response):
                page = (version, response.content, response["Content-Type"], time.time() + timeout)
                _store(key, page, timeout)
                cache.delete(f"{key}:refreshing")
            return response

        return wrapper

    return decorator
