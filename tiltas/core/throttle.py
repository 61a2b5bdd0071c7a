"""Rate limits for any view: a fixed window of requests per client IP or per
person, counted in the cache.

The count is an atomic ``add`` then ``incr``, so concurrent workers sharing
Redis never lose a request. When the cache is unreachable the count starts
again at one: a limit is a brake on abuse, not a reason to refuse service.
"""

import math
import time
from collections.abc import Callable
from functools import wraps
from typing import Any, Literal

from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers

from .requests import client_ip

View = Callable[..., HttpResponse]


def _client_key(request: HttpRequest, by: str) -> str:
    user = getattr(request, "user", None)
    if by == "user" and user is not None and user.is_authenticated:
        return f"user:{user.pk}"
    # Per person for people who are signed in; anyone else is known by address.
    return f"ip:{client_ip(request) or 'unknown'}"


def _count(cache_key: str, window: int) -> int:
    cache.add(cache_key, 0, timeout=window)
    try:
        return cache.incr(cache_key)
    except ValueError:  # expired between add and incr, or the cache is unreachable
        cache.set(cache_key, 1, timeout=window)
        return 1


def too_many_requests(request: HttpRequest, retry_after: int) -> HttpResponse:
    """The translated 429 page, with when to come back."""
    context = {"retry_minutes": math.ceil(retry_after / 60)}
    response = render(request, "core/errors/429.html", context, status=429)
    response["Retry-After"] = str(retry_after)
    add_never_cache_headers(response)
    return response


def rate_limited(
    key: str, *, limit: int, window: int, by: Literal["ip", "user"] = "ip"
) -> Callable[[View], View]:
    """Let ``limit`` requests through per ``window`` seconds for each client
    (``by="ip"``) or each signed-in person (``by="user"``; others by IP); the
    next ones get 429 until the window ends. ``key`` names the limit, so views
    that share a key share the count."""
    if by not in ("ip", "user"):
        raise ValueError(f"rate_limited(by={by!r}): 'ip' or 'user'")

    def decorator(view: View) -> View:
        @wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            now = time.time()
            current = int(now // window)
            cache_key = f"throttle:{key}:{_client_key(request, by)}:{current}"
            if _count(cache_key, window) > limit:
                retry_after = max(1, int((current + 1) * window - now))
                return too_many_requests(request, retry_after)
            return view(request, *args, **kwargs)

        return wrapper

    return decorator
