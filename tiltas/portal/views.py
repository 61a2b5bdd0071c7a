from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from tiltas.core.access import public


@public
def home(request: HttpRequest) -> HttpResponse:
    return render(request, "core/manage.html")


@public
def page(request: HttpRequest, slug: str) -> HttpResponse:
    return render(request, "core/manage.html")
