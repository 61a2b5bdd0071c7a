"""Cached pages of one signed-in person: the lesson, the learner's dashboard and
programme outline, the competency profile.

Such a page is the same for its person until either what everyone sees
changes (a programme, a lesson, the competency framework: the *content
version* of :mod:`tiltas.core.public_cache`) or something of theirs does
(progress, attempts, enrolments, assessments, evidence, their account: the
*person's version*). The rendered page is kept in the shared cache with both
versions and served only while both are current.

- The person's version is a random token in the cache, replaced once a
  transaction that saved or deleted one of their rows commits. Apps name those
  rows with :func:`track_person_rows` (a ``post_save``/``post_delete``
  receiver, so the Django admin and erasure are covered too); a write that
  bypasses signals (``update()``, ``bulk_create()``) calls
  :func:`person_pages_changed` itself.
- Versions are read *before* the page is rendered and stored with it: a change
  committed while the page was being rendered makes the stored copy stale at
  once, never current.
- The key names the person, the page (language, host, path, query) and the
  person's CSRF secret (hashed): a copy is only ever served to the browser it
  was rendered for. The CSRF tokens in a stored page are masked afresh on
  every hit, as Django does for every response.
- Not cached: other query strings than the view's allowlist, requests with a
  pending message, answers other than 200, answers that set a cookie or used
  the CSP nonce.

Only with a shared cache (Redis, ``REDIS_URL``): with per-process memory a
change seen by one worker would not reach the others, so pages are rendered
every time. ``PERSON_PAGE_CACHE = False`` turns it off (the benchmark measures
both ways).
"""

import hashlib
import re
import secrets
from collections.abc import Callable, Iterable
from functools import partial, wraps
from typing import Any

from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.db import transaction
from django.db.models import Model
from django.db.models.signals import post_delete, post_save
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.utils.http import urlencode
from django.utils.translation import get_language

from .public_cache import VERSION_KEY, page_is_plain, public_pages_version, version_in_cache

KEY_PREFIX = "person-page"


def enabled() -> bool:
    return getattr(settings, "PERSON_PAGE_CACHE", True) and version_in_cache()


def _version_key(person_id: Any) -> str:
    return f"person-pages:{person_id}:version"


def _new_version() -> str:
    return secrets.token_hex(8)


def person_pages_changed(person_ids: Iterable[Any]) -> None:
    """The cached pages of these people are rendered afresh once the current
    transaction commits (at once outside a transaction)."""
    if not enabled():
        return
    keys = {_version_key(pk): _new_version() for pk in set(person_ids) if pk is not None}
    if keys:
        transaction.on_commit(partial(cache.set_many, keys, None))


def _person_row_changed(
    sender: type[Model],
    instance: Model,
    *,
    field: str,
    shown: Callable[[Any], bool] | None,
    **kwargs: Any,
) -> None:
    if shown is not None and kwargs.get("signal") is post_save and not shown(instance):
        return
    person_pages_changed([getattr(instance, field)])


def track_person_rows(
    model: type[Model], field: str = "person_id", shown: Callable[[Any], bool] | None = None
) -> None:
    """Saving or deleting a row of ``model`` changes the pages of the person
    named by ``field`` (an attribute of the row, e.g. ``person_id``). ``shown``:
    a saved row changes their pages only when it says so (a deleted row always)."""
    receiver = partial(_person_row_changed, field=field, shown=shown)
    uid = f"person-pages:{model._meta.label}"
    post_save.connect(receiver, sender=model, weak=False, dispatch_uid=uid)
    post_delete.connect(receiver, sender=model, weak=False, dispatch_uid=uid)


def _current_version(person_key: str, found: dict[str, Any]) -> str:
    version = found.get(person_key)
    if version is None:
        # add() keeps a version set meanwhile by a change; read it back.
        cache.add(person_key, _new_version(), None)
        version = cache.get(person_key) or _new_version()
    return version


#: How long the signed-in person is kept (while their version is current).
PERSON_SECONDS = 600


def cached_person(person_id: Any, load: Callable[[], Any]) -> Any:
    """The signed-in person (a ``User``) for the authentication backend: from
    the cache while their version is current, else ``load()`` (the database),
    kept with the version read *before* loading it."""
    if not enabled():
        return load()
    person_key, key = _version_key(person_id), f"person-pages:{person_id}:person"
    found = cache.get_many([person_key, key])
    version = _current_version(person_key, found)
    stored = found.get(key)
    if stored is not None and stored[0] == version:
        return stored[1]
    person = load()
    if person is not None:
        cache.set(key, (version, person), PERSON_SECONDS)
    return person


def _cacheable(request: HttpRequest, allowed: frozenset[str]) -> bool:
    return (
        enabled()
        and request.method in ("GET", "HEAD")
        and request.user.is_authenticated
        and all(name in allowed for name in request.GET)
        and bool(request.META.get("CSRF_COOKIE"))
        # len() loads pending messages without marking them shown.
        and len(get_messages(request)) == 0
    )


def _key(request: HttpRequest) -> str:
    query = urlencode(sorted((name, request.GET.getlist(name)) for name in request.GET), True)
    page = "\n".join(
        [
            str(request.user.pk),
            request.META["CSRF_COOKIE"],
            get_language() or "",
            request.scheme or "",
            request.get_host(),
            request.path,
            query,
        ]
    )
    return f"{KEY_PREFIX}:{hashlib.sha256(page.encode()).hexdigest()}"


def _lookup(person_id: Any, key: str) -> tuple[tuple[str, str], Any]:
    """Both current versions and what is stored under ``key``, in one round trip."""
    person_key = _version_key(person_id)
    found = cache.get_many([VERSION_KEY, person_key, key])
    content = found.get(VERSION_KEY) or public_pages_version()
    return (content, _current_version(person_key, found)), found.get(key)


#: A CSRF token in a form: replaced by a placeholder when the page is stored and
#: by a freshly masked token of the same secret on every hit.
_TOKEN = re.compile(rb'(name="csrfmiddlewaretoken" value=")[A-Za-z0-9]{64}(")')
_PLACEHOLDER = b"\x00csrf-token\x00"  # a NUL never occurs in a rendered page


def _stored(content: bytes) -> bytes:
    return _TOKEN.sub(lambda match: match[1] + _PLACEHOLDER + match[2], content)


def _served(request: HttpRequest, content: bytes) -> bytes:
    if _PLACEHOLDER not in content:
        return content
    return content.replace(_PLACEHOLDER, get_token(request).encode())


def cache_person_page(
    *, timeout: int = 300, query: Iterable[str] = ()
) -> Callable[[Callable], Callable]:
    """Serve the signed-in person's GETs of the decorated view from the cache
    for ``timeout`` seconds at most, or until the content or their own rows
    change. Put it under the access decorator (``@signed_in``)."""
    allowed = frozenset(query)

    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if not _cacheable(request, allowed):
                return view(request, *args, **kwargs)
            key = _key(request)
            versions, cached = _lookup(request.user.pk, key)
            if cached is not None and cached[0] == versions:
                _, content, content_type = cached
                return HttpResponse(_served(request, content), content_type=content_type)
            response = view(request, *args, **kwargs)
            if page_is_plain(request, response):
                page = (versions, _stored(response.content), response["Content-Type"])
                cache.set(key, page, timeout)
            return response

        return wrapper

    return decorator
