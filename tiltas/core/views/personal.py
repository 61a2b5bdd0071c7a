from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods

from tiltas.core.access import roles_required, signed_in
from tiltas.core.contributions import extension, next_steps
from tiltas.core.navigation import home_cards, manage_sections
from tiltas.core.roles import STAFF_ROLES
from tiltas.core.session_timeout import idle_timeout_renew


@signed_in
def dashboard(request: HttpRequest) -> HttpResponse:
    # The network's activity stream, when an app offers it (core names no feature app).
    activity = extension("core.dashboard_activity")
    context = {
        "next_steps": next_steps(request.user),
        "cards": home_cards(),
        "activity": activity(request.user) if activity is not None else None,
    }
    return render(request, "core/dashboard.html", context)


@roles_required(*STAFF_ROLES)
def manage(request: HttpRequest) -> HttpResponse:
    return render(request, "core/manage.html", {"sections": manage_sections(request.user)})


@signed_in
def mfa_required(request: HttpRequest) -> HttpResponse:
    return render(request, "core/mfa_required.html", status=403)


@signed_in
@require_http_methods(["GET", "POST"])
def session_renew(request: HttpRequest) -> HttpResponse:
    """ "Stay signed in" in the warning before an idle session ends: the idle
    timeout starts again. The script asks for JSON (the seconds left); the
    plain form goes back to the page. A GET (after signing in again) only
    leads home."""
    if request.method == "GET":
        return redirect("core:dashboard")
    ends_in = idle_timeout_renew(request.session)
    if "application/json" in request.headers.get("Accept", ""):
        return JsonResponse({"ends_in": ends_in})
    back = request.POST.get("next", "")
    if not back.startswith("/") or not url_has_allowed_host_and_scheme(
        back, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect("core:dashboard")
    return redirect(back)
