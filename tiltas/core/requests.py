"""Per-request metadata (request id, client IP) available to services and logs."""

import ipaddress
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import wraps
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse


@dataclass(frozen=True)
class RequestMeta:
    request_id: str = ""
    ip: str | None = None


_current: ContextVar[RequestMeta | None] = ContextVar("tiltas_request_meta", default=None)


def _address(value: str) -> str | None:
    """``value`` as a normalised IP address, or None when it is not one."""
    value = value.strip()
    if value.startswith("[") and "]" in value:  # "[2001:db8::1]:443"
        value = value[1 : value.index("]")]
    elif value.count(":") == 1:  # "192.0.2.1:443"
        value = value.split(":", 1)[0]
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        return None
    # A dual-stack socket reports IPv4 clients as ::ffff:a.b.c.d.
    mapped = getattr(address, "ipv4_mapped", None)
    return str(mapped or address)


def client_ip(request: HttpRequest) -> str | None:
    """The client's address, as the trusted proxies saw it: the one rule for
    the rate limits, allauth, the audit log and the request log.

    Gunicorn does not rewrite ``REMOTE_ADDR``: behind the TLS proxy it is the
    proxy's own address. Each of the ``TRUSTED_PROXY_COUNT`` proxies appends
    the address it received the request from to ``X-Forwarded-For``, so the
    client is that many entries from the right; whatever a client wrote into
    the header itself stands further left and is never read. With no trusted
    proxy (the default) the header is ignored altogether.
    """
    trusted = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if trusted > 0 and forwarded:
        hops = forwarded.split(",")
        # Fewer entries than proxies: every entry came from a trusted proxy,
        # and the leftmost is the furthest address one of them saw.
        return _address(hops[-trusted] if len(hops) >= trusted else hops[0])
    return _address(request.META.get("REMOTE_ADDR", ""))


def request_meta(request: HttpRequest) -> RequestMeta:
    """A new request id and the client's address, for one request."""
    meta = RequestMeta(request_id=uuid.uuid4().hex, ip=client_ip(request))
    request.request_id = meta.request_id  # type: ignore[attr-defined]
    return meta


@contextmanager
def request_meta_bound(meta: RequestMeta) -> Iterator[RequestMeta]:
    """Inside, services see ``meta`` (the audit log records its address and
    request id); after, nothing: work the thread does later (a command, the
    next test) is not put down to this request's client."""
    token = _current.set(meta)
    try:
        yield meta
    finally:
        _current.reset(token)


def current_request_meta() -> RequestMeta:
    return _current.get() or RequestMeta()


def anonymous_request(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """The view's requests are recorded without who made them: services see no
    client address (the audit log stores none), and the request log line names
    neither the address nor the person (``RequestLogMiddleware``). For a
    channel whose visitors must not be identifiable; put it outermost, so a
    rate limit's refusal is covered too. The rate limits still count by
    address, in the cache only, for their window."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        request.anonymous_request = True  # type: ignore[attr-defined]
        meta = RequestMeta(request_id=getattr(request, "request_id", ""))
        with request_meta_bound(meta):
            return view(request, *args, **kwargs)

    return wrapper


def is_anonymous_request(request: HttpRequest) -> bool:
    return bool(getattr(request, "anonymous_request", False))
