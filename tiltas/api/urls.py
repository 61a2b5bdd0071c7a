"""The API's URLs, each marked for the permission matrix with the access its
operations declare (a router's or operation's ninja ``auth``: a personal token;
none: public), and answering ``If-None-Match`` with 304 when its content did not
change."""

import inspect
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpRequest, HttpResponse
from django.urls import URLPattern
from django.utils.cache import get_conditional_response, set_response_etag
from django.utils.csp import CSP
from django.views.decorators.csp import csp_override
from django.views.generic import RedirectView
from ninja.operation import PathView

from tiltas.core.access import public, token_required

from .api import api


def _conditional(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        response = view(request, *args, **kwargs)
        # A streamed file (a report, a bundle) is sent as it is read: no ETag.
        if (
            request.method in ("GET", "HEAD")
            and response.status_code == 200
            and not response.streaming
        ):
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


def _path_view(pattern: URLPattern) -> PathView | None:
    """The ninja path behind a URL (its view closes over it); None for the
    schema, the docs and the root, which ninja serves itself."""
    if not inspect.isfunction(pattern.callback):
        return None
    found = inspect.getclosurevars(pattern.callback).nonlocals.get("self")
    return found if isinstance(found, PathView) else None


def access_rule(pattern: URLPattern) -> Callable[[Callable], Callable]:
    """``token_required`` when the URL's operations authenticate (the router's
    or the operation's ``auth``), ``public`` when none does. One URL has one
    rule, so its methods must agree."""
    path_view = _path_view(pattern)
    if path_view is None:
        return public
    guarded = {bool(operation.auth_callbacks) for operation in path_view.operations}
    if len(guarded) > 1:
        raise ImproperlyConfigured(f"api/{pattern.pattern}: some methods need a token, some not")
    return token_required if guarded == {True} else public


app_name = "api"
urlpatterns = [
    URLPattern(p.pattern, access_rule(p)(_view(p)), p.default_args, p.name) for p in api.urls[0]
]
