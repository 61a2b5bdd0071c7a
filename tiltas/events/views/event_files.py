"""An event's report files and photos: added by its staff, public once it is held."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tiltas.core.access import public, roles_required
from tiltas.core.roles import TEACHERS

from .. import services
from ..forms import VisitFileForm as EventFileForm
from ..permissions import (
    access_event_by_slug,
    access_event_file_by_id,
    access_event_file_for_manage_by_id,
    access_event_for_manage_by_id,
)
from .forms import posted
from .public import file_response


@roles_required(*TEACHERS)
def event_file_add(request: HttpRequest, pk: int) -> HttpResponse:
    event = access_event_for_manage_by_id(request.user, pk)
    form = EventFileForm(*posted(request, files=True))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.event_file_add(
                event=event,
                kind=data["kind"],
                title=data["title"],
                upload=data["file"],
                actor=request.user,
            )
        except ValidationError as exc:
            form.add_error("file", exc)
        else:
            messages.success(request, _("The file was added."))
            return redirect("events:manage_detail", pk=event.pk)
    return render(request, "events/manage/event_file_form.html", {"event": event, "form": form})


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
