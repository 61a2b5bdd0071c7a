"""The person's notifications: the list, opening one, marking them read."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from tiltas.core.access import signed_in

from .. import selectors, services
from ..permissions import access_notification_by_id


@signed_in
def notification_list(request: HttpRequest) -> HttpResponse:
    page, rows = selectors.page_for(request.user, request.GET.get("page"))
    return render(
        request,
        "notifications/list.html",
        {"page": page, "rows": rows, "unread": selectors.unread_count(request.user)},
    )


@signed_in
@require_POST
def notification_open(request: HttpRequest, pk: int) -> HttpResponse:
    """Mark it read, then go where it points (a path on this site only)."""
    notification = access_notification_by_id(request.user, pk)
    services.mark_read(request.user, [notification.pk])
    target = notification.url
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts=None):
        return redirect(target)
    return redirect("notifications:list")


@signed_in
@require_POST
def notification_read(request: HttpRequest, pk: int) -> HttpResponse:
    notification = access_notification_by_id(request.user, pk)
    services.mark_read(request.user, [notification.pk])
    return redirect(_back(request))


@signed_in
@require_POST
def notification_read_all(request: HttpRequest) -> HttpResponse:
    services.mark_all_read(request.user)
    return redirect("notifications:list")


def _back(request: HttpRequest) -> str:
    """The list page the person was on."""
    page = request.POST.get("page", "")
    return reverse("notifications:list") + (f"?page={page}" if page.isdigit() else "")
