from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from tiltas.core.access import roles_required, signed_in
from tiltas.core.contributions import next_steps
from tiltas.core.navigation import home_cards, manage_sections
from tiltas.core.roles import STAFF_ROLES


@signed_in
def dashboard(request: HttpRequest) -> HttpResponse:
    context = {"next_steps": next_steps(request.user), "cards": home_cards()}
    return render(request, "core/dashboard.html", context)


@roles_required(*STAFF_ROLES)
def manage(request: HttpRequest) -> HttpResponse:
    return render(request, "core/manage.html", {"sections": manage_sections(request.user)})


@signed_in
def mfa_required(request: HttpRequest) -> HttpResponse:
    return render(request, "core/mfa_required.html", status=403)
