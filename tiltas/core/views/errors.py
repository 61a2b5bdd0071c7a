import logging
import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template import loader
from django.utils import translation
from django.utils.html import escape
from django.views import defaults

from tiltas.core.access import public

logger = logging.getLogger("tiltas.request")


@public
def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "core/errors/403.html", status=403)


@public
def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "core/errors/404.html", status=404)


def _database_down(error: BaseException | None) -> bool:
    """Is a lost database behind this error (directly or as its cause)?"""
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        if isinstance(error, (OperationalError, InterfaceError)):
            return True
        seen.add(id(error))
        error = error.__cause__ or error.__context__
    return False


@public
def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    # A session save that fails because the database went away reaches us as
    # SessionInterrupted (400): it is a database loss, answered like one.
    if _database_down(exception):
        return server_error(request, exception)
    return defaults.bad_request(request, exception)


@public
def server_error(request: HttpRequest, exception: BaseException | None = None) -> HttpResponse:
    """500, or 503 when the database is unreachable: no traceback, a request id.

    Rendered without context processors: the database may be why we are here.
    Django drops the broken connection at the end of the request, so the site
    recovers by itself when the database returns.
    """
    request_id = getattr(request, "request_id", "")
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    database_down = _database_down(exception or sys.exc_info()[1])
    status = 503 if database_down else 500
    if database_down:
        logger.error("request_id=%s database unavailable", request_id)
    try:
        with translation.override(language):
            body = loader.get_template(f"core/errors/{status}.html").render(
                {"request_id": request_id, "LANGUAGE_CODE": language}
            )
    except Exception:  # the error page itself must never fail (e.g. a missing static file)
        body = f"<!doctype html><title>{status}</title><p>Error {status}. {escape(request_id)}</p>"
    response = HttpResponse(body, status=status)
    if database_down:
        response["Retry-After"] = "30"
    return response
