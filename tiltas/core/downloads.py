"""Downloads of personal data behind a fresh password check (SECURITY.md SE-3)
that end in the file.

allauth's ``reauthentication_required`` sends the person to the password form
and, once it is confirmed, redirects to the download. A browser that gets a
file in answer to a form's redirect saves it and stays on the form: the person
sees the password form again and does not know the file came. So here the check
returns to the download's *ready* page (the same address with ``?ready=1``),
which says the file is coming, starts it and links it, and leads back to the
page the person came from.
"""

from collections.abc import Callable
from functools import wraps
from typing import Any
from urllib.parse import urlsplit

from allauth.account.adapter import get_adapter
from allauth.account.decorators import reauthentication_required
from allauth.core.exceptions import ReauthenticationRequired
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, QueryDict
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme, urlencode

READY = "ready"
BACK = "back"


def _local(url: str, request: HttpRequest) -> str:
    """``url`` as a path on this site, or "" when it points anywhere else."""
    if not url or not url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return ""
    parts = urlsplit(url)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    return path if path.startswith("/") and not path.startswith("//") else ""


def _file_url(request: HttpRequest) -> str:
    query = request.GET.copy()
    for name in (READY, BACK):
        query.pop(name, None)
    return request.path + (f"?{query.urlencode()}" if query else "")


def _ready_url(request: HttpRequest) -> str:
    query = QueryDict(mutable=True)
    query.update(request.GET)
    query[READY] = "1"
    if back := _local(request.headers.get("Referer", ""), request):
        query.setdefault(BACK, back)
    return f"{request.path}?{query.urlencode()}"


def _ready_page(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
    context = {
        "file_url": _file_url(request),
        "back_url": _local(request.GET.get(BACK, ""), request),
    }
    return render(request, "core/download_ready.html", context)


def reauthenticated_download(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Ask for the password again unless it was given in the last minutes
    (``ACCOUNT_REAUTHENTICATION_TIMEOUT``), then send the file; after the check,
    the ready page starts it. Put under the access decorator."""
    file_view = reauthentication_required(view)
    ready_view = reauthentication_required(_ready_page)

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        target = ready_view if request.GET.get(READY) == "1" else file_view
        try:
            return target(request, *args, **kwargs)
        except ReauthenticationRequired:
            methods = get_adapter().get_reauthentication_methods(request.user)
            if not methods:
                raise PermissionDenied from None
            query = urlencode({REDIRECT_FIELD_NAME: _ready_url(request)})
            return HttpResponseRedirect(f"{methods[0]['url']}?{query}")

    return wrapper
