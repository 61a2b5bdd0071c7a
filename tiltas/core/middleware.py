"""Request-wide behaviour: request ids and logs, session lifetime, no-store for
personal pages. (While the database is down, ``core.views.server_error`` answers 503.)"""

import logging
import time
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.signals import user_logged_in
from django.http import HttpRequest, HttpResponse
from django.urls import Resolver404, ResolverMatch, resolve
from django.utils import translation
from django.utils.functional import empty

from .requests import is_anonymous_request, request_meta, request_meta_bound

SESSION_STARTED_KEY = "tiltas_session_started"
SESSION_RENEWED_KEY = "tiltas_session_renewed"
request_log = logging.getLogger("tiltas.request")


class RequestLogMiddleware:
    """One structured line per request: request id, user id (never e-mail),
    client address (``client_ip``), method, path, status and duration.
    Outermost, so it sees every answer. Views marked ``anonymous_request``
    are logged without the person and the address."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        started = time.perf_counter()
        meta = request_meta(request)
        with request_meta_bound(meta):
            response = self.get_response(request)
        user = getattr(request, "user", None)
        anonymous = is_anonymous_request(request)
        # Never load the user here: the database may be why the request failed.
        if anonymous or user is None or getattr(user, "_wrapped", None) is empty:
            user_id = "-"
        else:
            user_id = user.pk if getattr(user, "is_authenticated", False) else "-"
        request_log.info(
            "request_id=%s user=%s ip=%s method=%s path=%s status=%s duration_ms=%.1f",
            meta.request_id,
            user_id,
            "-" if anonymous else meta.ip or "-",
            request.method,
            logged_path(request),
            response.status_code,
            (time.perf_counter() - started) * 1000,
        )
        response.headers.setdefault("X-Request-ID", meta.request_id)
        return response


#: URL parts that are secrets (allauth's password-reset and confirmation keys).
SECRET_URL_PARTS = frozenset({"key", "uidb36", "token"})


def _match(request: HttpRequest) -> ResolverMatch | None:
    """The view the path names. A request that never reached a view (a path
    without its language, which LocaleMiddleware redirects: the link in an
    e-mail opened as /accounts/password/reset/key/…) is matched here as the
    redirect's target would be, so its key is found all the same."""
    match = getattr(request, "resolver_match", None)
    if match is not None:
        return match
    for code in (None, *(code for code, _name in settings.LANGUAGES)):
        try:
            if code is None:
                return resolve(request.path_info)
            with translation.override(code):
                return resolve(f"/{code}{request.path_info}")
        except Resolver404:
            continue
    return None


def logged_path(request: HttpRequest) -> str:
    """The path for the request log, with secret URL parts replaced."""
    path = request.path
    match = _match(request)
    for name, value in match.kwargs.items() if match else ():
        if name in SECRET_URL_PARTS and value:
            path = path.replace(str(value), "[redacted]")
    return path.replace("\n", " ").replace("\r", " ")


def connect_receivers() -> None:
    user_logged_in.connect(session_started, dispatch_uid="tiltas-session-started")


def session_started(sender: Any, request: HttpRequest | None = None, **kwargs: Any) -> None:
    """A sign-in starts the session's absolute lifetime and its idle timeout."""
    if request is not None and hasattr(request, "session"):
        request.session[SESSION_STARTED_KEY] = request.session[SESSION_RENEWED_KEY] = time.time()


class SessionLifetimeMiddleware:
    """Ends sessions older than the absolute lifetime (12 h), and renews the
    idle timeout (``SESSION_COOKIE_AGE``) of a session in use, at most once per
    ``SESSION_RENEW_SECONDS``: the idle timeout is then exact to that much, and
    reading a page does not write the session every time.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        session = request.session
        started = session.get(SESSION_STARTED_KEY)
        now = time.time()
        if started is None:
            if session.get("_auth_user_id"):
                session[SESSION_STARTED_KEY] = now
        elif now - started > settings.SESSION_ABSOLUTE_LIFETIME:
            logout(request)
        elif now - session.get(SESSION_RENEWED_KEY, started) > settings.SESSION_RENEW_SECONDS:
            session[SESSION_RENEWED_KEY] = now  # saved with a new expiry and cookie
        return self.get_response(request)


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


class PermissionsPolicyMiddleware:
    """The browser features no page of ours uses are switched off for every page
    (``settings.PERMISSIONS_POLICY``)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.policy = ", ".join(
            f"{feature}=()" for feature in getattr(settings, "PERMISSIONS_POLICY", ())
        )

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if self.policy:
            response.headers.setdefault("Permissions-Policy", self.policy)
        return response
