"""Request-wide behaviour: request ids, session lifetime, no-store for personal pages."""

import time
from collections.abc import Callable

from django.conf import settings
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse

from .requests import bind_request

SESSION_STARTED_KEY = "tiltas_session_started"


class SessionLifetimeMiddleware:
    """Binds request metadata and ends sessions older than the absolute lifetime.

    The idle timeout is SESSION_COOKIE_AGE with SESSION_SAVE_EVERY_REQUEST.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        bind_request(request)
        session = request.session
        started = session.get(SESSION_STARTED_KEY)
        now = time.time()
        if started is None:
            if session.get("_auth_user_id"):
                session[SESSION_STARTED_KEY] = now
        elif now - started > settings.SESSION_ABSOLUTE_LIFETIME:
            logout(request)
        response = self.get_response(request)
        response.headers.setdefault("X-Request-ID", request.request_id)  # type: ignore[attr-defined]
        return response


class PrivateNoStoreMiddleware:
    """Pages shown to a signed-in person may hold personal data: never cache them."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            response.headers["Cache-Control"] = "no-store, private"
        return response
