from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template import loader

from tiltas.core.access import public


@public
def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "core/errors/403.html", status=403)


@public
def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "core/errors/404.html", status=404)


@public
def server_error(request: HttpRequest) -> HttpResponse:
    # No context processors: the database may be the reason we are here.
    template = loader.get_template("core/errors/500.html")
    body = template.render({"request_id": getattr(request, "request_id", "")})
    return HttpResponse(body, status=500)
