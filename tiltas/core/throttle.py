"""Rate limits for any view: a fixed window of requests per client IP or per
person, counted in the ``counters`` cache (Redis, shared by every worker).

The count is an atomic ``add`` then ``incr``, so concurrent workers sharing
Redis never lose a request. When the counters cannot be reached the request
is refused with 503: a limit that cannot count lets nothing through, or an
outage would switch every brake off.
"""

import ipaddress
import logging
import math
import time
from collections.abc import Callable
from functools import wraps
from typing import Any, Literal

from django.core.cache import caches
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers

from .requests import client_ip

View = Callable[..., HttpResponse]

#: The cache alias of the counts: one that raises when it cannot answer.
COUNTERS = "counters"
#: When to try again after the counters could not be reached.
RETRY_WHEN_DOWN = 60

logger = logging.getLogger(__name__)


def _client_key(request: HttpRequest, by: str) -> str:
    if by == "all":
        return "all"
    user = getattr(request, "user", None)
    if by == "user" and user is not None and user.is_authenticated:
        return f"user:{user.pk}"
    # Per person for people who are signed in; anyone else is known by address
    # (``client_ip``: as the trusted proxy saw it, never as the client claims).
    return f"ip:{client_network(client_ip(request))}"


def client_network(ip: str | None) -> str:
    """The unit a per-IP limit counts: the address, or for IPv6 its /64 (one
    household or server gets a whole /64 and could walk through it)."""
    if ip is None:
        return "unknown"
    address = ipaddress.ip_address(ip)
    if address.version == 6:
        return str(ipaddress.ip_network(f"{address}/64", strict=False))
    return str(address)


def _count(cache_key: str, window: int) -> int | None:
    """This request's number in its window, or None when it cannot be counted."""
    counters = caches[COUNTERS]
    try:
        counters.add(cache_key, 0, timeout=window)
        try:
            return int(counters.incr(cache_key))
        except ValueError:  # expired between add and incr
            counters.set(cache_key, 1, timeout=window)
            return 1
    except Exception:  # Redis unreachable or failing: whatever the client, no count
        return None


def cannot_count(request: HttpRequest) -> HttpResponse:
    """The translated 503 page: a limit that cannot count refuses the request."""
    context = {"request_id": getattr(request, "request_id", ""), "counters_down": True}
    response = render(request, "core/errors/503.html", context, status=503)
    response["Retry-After"] = str(RETRY_WHEN_DOWN)
    add_never_cache_headers(response)
    return response


def too_many_requests(request: HttpRequest, retry_after: int) -> HttpResponse:
    """The translated 429 page, with when to come back."""
    context = {"retry_minutes": math.ceil(retry_after / 60)}
    response = render(request, "core/errors/429.html", context, status=429)
    response["Retry-After"] = str(retry_after)
    add_never_cache_headers(response)
    return response


def rate_limited(
    key: str,
    *,
    limit: int,
    window: int,
    by: Literal["ip", "user", "all"] = "ip",
    when: Callable[[HttpRequest], bool] | None = None,
) -> Callable[[View], View]:
    """Let ``limit`` requests through per ``window`` seconds for each client
    (``by="ip"``), each signed-in person (``by="user"``; others by IP) or
    everyone together (``by="all"``: a brake on a distributed attack); the
    next ones get 429 until the window ends. ``key`` names the limit, so views
    that share a key share the count; ``when`` counts only the requests it
    picks (the others pass uncounted)."""
    if by not in ("ip", "user", "all"):
        raise ValueError(f"rate_limited(by={by!r}): 'ip', 'user' or 'all'")

    def decorator(view: View) -> View:
        @wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if when is not None and not when(request):
                return view(request, *args, **kwargs)
            now = time.time()
            current = int(now // window)
            cache_key = f"throttle:{key}:{_client_key(request, by)}:{current}"
            count = _count(cache_key, window)
            if count is None:
                logger.warning("rate limit %s: the counters cannot be reached", key)
                return cannot_count(request)
            if count > limit:
                retry_after = max(1, int((current + 1) * window - now))
                return too_many_requests(request, retry_after)
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


#: Searches of people and records, per person: scraping the lists stops here.
SEARCHES_PER_MINUTE = 60
#: Files of personal data (exports, attendance sheets, My data), per person.
EXPORTS_PER_WINDOW, EXPORT_WINDOW = 30, 10 * 60


def is_search(request: HttpRequest) -> bool:
    return bool(request.GET.get("q", "").strip())


def searches_limited(key: str) -> Callable[[View], View]:
    """A list page whose searches (``?q=``) are limited per person; browsing
    the list is not counted, so it stays open while the counters are down."""
    return rate_limited(key, limit=SEARCHES_PER_MINUTE, window=60, by="user", when=is_search)


def exports_limited(key: str) -> Callable[[View], View]:
    """A download of personal data, limited per person; put it next to the view
    (under ``reauthenticated_download``), so only files sent are counted."""
    return rate_limited(key, limit=EXPORTS_PER_WINDOW, window=EXPORT_WINDOW, by="user")
