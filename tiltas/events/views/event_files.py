"""An event's report files and photos: added by its staff, public once it is held."""

from functools import partial

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tiltas.core.access import public, roles_required
from tiltas.core.roles import TEACHERS

from .. import services
from ..permissions import (
    access_event_by_slug,
    access_event_file_by_id,
    access_event_file_for_manage_by_id,
    access_event_for_manage_by_id,
)
from .files import add_file_page
from .public import file_response


@roles_required(*TEACHERS)
def event_file_add(request: HttpRequest, pk: int) -> HttpResponse:
    event = access_event_for_manage_by_id(request.user, pk)
    return add_file_page(
        request,
        attach=partial(services.event_file_add, event=event, actor=request.user),
        owner_title=event.title,
        done_url=reverse("events:manage_detail", args=[event.pk]),
    )


@roles_required(*TEACHERS)
@require_POST
def event_file_delete(request: HttpRequest, pk: int, file_pk: int) -> HttpResponse:
    event = access_event_for_manage_by_id(request.user, pk)
    item = access_event_file_for_manage_by_id(request.user, event, file_pk)
    services.event_file_delete(item=item, actor=request.user)
    messages.success(request, _("The file was removed."))
    return redirect("events:manage_detail", pk=event.pk)


@public
def event_file(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    event = access_event_by_slug(request.user, slug)
    return file_response(access_event_file_by_id(request.user, event, pk))
