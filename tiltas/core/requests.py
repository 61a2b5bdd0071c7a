"""Per-request metadata (request id, client IP) available to services and logs."""

import uuid
from contextvars import ContextVar
from dataclasses import dataclass

from django.http import HttpRequest


@dataclass(frozen=True)
class RequestMeta:
    request_id: str = ""
    ip: str | None = None


_current: ContextVar[RequestMeta | None] = ContextVar("tiltas_request_meta", default=None)


def client_ip(request: HttpRequest) -> str | None:
    # Behind the trusted proxy, the proxy sets REMOTE_ADDR correctly (gunicorn's
    # forwarded_allow_ips); a client-supplied X-Forwarded-For is never trusted here.
    return request.META.get("REMOTE_ADDR") or None


def bind_request(request: HttpRequest) -> RequestMeta:
    meta = RequestMeta(request_id=uuid.uuid4().hex, ip=client_ip(request))
    _current.set(meta)
    request.request_id = meta.request_id  # type: ignore[attr-defined]
    return meta


def current_request_meta() -> RequestMeta:
    return _current.get() or RequestMeta()
