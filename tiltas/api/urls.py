"""The API's URLs, each marked public for the permission matrix and answering
``If-None-Match`` with 304 when its content did not change."""

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.urls import URLPattern
from django.utils.cache import get_conditional_response, set_response_etag
from django.utils.csp import CSP
from django.views.decorators.csp import csp_override
from django.views.generic import RedirectView

from tiltas.core.access import public, token_required

from .api import api


def _conditional(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        response = view(request, *args, **kwargs)
        if request.method in ("GET", "HEAD") and response.status_code == 200:
            set_response_etag(response)
            return get_conditional_response(request, etag=response["ETag"], response=response)
        return response

    return wrapper


#: Swagger UI sets style attributes as it draws: allowed on its page alone.
DOCS_CSP = {**settings.SECURE_CSP, "style-src": [CSP.SELF, CSP.UNSAFE_INLINE]}


def _view(pattern: URLPattern) -> Callable[..., HttpResponse]:
    if pattern.name == "api-root":  # ninja's root, empty: it leads to the docs
        return RedirectView.as_view(pattern_name="api:openapi-view")
    if pattern.name == "openapi-view":
        return csp_override(DOCS_CSP)(pattern.callback)
    return _conditional(pattern.callback)


def _access(pattern: URLPattern) -> Callable[[Callable], Callable]:
    # The management endpoints take a personal token (routers/manage.py).
    return token_required if str(pattern.pattern).startswith("manage/") else public


app_name = "api"
urlpatterns = [
    URLPattern(p.pattern, _access(p)(_view(p)), p.default_args, p.name) for p in api.urls[0]
]
