from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from tiltas.core.access import signed_in


@signed_in
def profile(request: HttpRequest) -> HttpResponse:
    return render(request, "core/dashboard.html")


@signed_in
def my_data(request: HttpRequest) -> HttpResponse:
    return render(request, "core/dashboard.html")
