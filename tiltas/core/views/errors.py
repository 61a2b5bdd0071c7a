import logging
import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template import loader
from django.utils import translation

from tiltas.core.access import public

logger = logging.getLogger("tiltas.request")


@public
def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "core/errors/403.html", status=403)


@public
def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "core/errors/404.html", status=404)


@public
def server_error(request: HttpRequest) -> HttpResponse:
    """500, or 503 when the database is unreachable: no traceback, a request id.

    Rendered without context processors: the database may be why we are here.
    Django drops the broken connection at the end of the request, so the site
    recovers by itself when the database returns.
    """
    request_id = getattr(request, "request_id", "")
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    database_down = isinstance(sys.exc_info()[1], (OperationalError, InterfaceError))
    status = 503 if database_down else 500
    if database_down:
        logger.error("request_id=%s database unavailable", request_id)
    with translation.override(language):
        body = loader.get_template(f"core/errors/{status}.html").render(
            {"request_id": request_id, "LANGUAGE_CODE": language}
        )
    response = HttpResponse(body, status=status)
    if database_down:
        response["Retry-After"] = "30"
    return response
