"""Scans of the signed attendance sheets: uploaded per day by the event's
staff, downloaded by them alone (the signatures are personal data)."""

from datetime import date

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import formats
from django.utils.translation import gettext as _

from tiltas.core.access import roles_required
from tiltas.core.audit import audit_record
from tiltas.core.downloads import reauthenticated_download
from tiltas.core.forms import posted
from tiltas.core.roles import TEACHERS
from tiltas.core.throttle import exports_limited
from tiltas.core.uploads import attachment_response

from .. import services
from ..forms import SignedSheetForm
from ..models import Event
from ..permissions import access_event_for_manage_by_id, access_signed_sheet_for_manage


def _event_day(event: Event, value: str) -> date:
    """A day of the event named in the URL; any other is a 404."""
    try:
        day = date.fromisoformat(value)
    except ValueError as exc:
        raise Http404 from exc
    if day not in event.days:
        raise Http404
    return day


@roles_required(*TEACHERS)
def signed_sheet_upload(request: HttpRequest, pk: int, day: str) -> HttpResponse:
    event = access_event_for_manage_by_id(request.user, pk)
    when = _event_day(event, day)
    form = SignedSheetForm(*posted(request, files=True))
    done_url = reverse("events:manage_detail", args=[event.pk]) + "#signed-sheets-heading"
    if request.method == "POST" and form.is_valid():
        try:
            services.signed_sheet_upload(
                event=event, day=when, upload=form.cleaned_data["scan"], actor=request.user
            )
        except ValidationError as exc:
            form.add_error("scan", exc)
        else:
            messages.success(request, _("The signed sheet was uploaded."))
            return redirect(done_url)
    context = {
        "form": form,
        "event": event,
        "day_label": formats.date_format(when, "DATE_FORMAT"),
        "cancel_url": done_url,
    }
    return render(request, "events/manage/signed_sheet_form.html", context)


@roles_required(*TEACHERS)
@reauthenticated_download  # names and signatures leave the platform: password again (SE-3)
@exports_limited("events.signed_sheet")
def signed_sheet(request: HttpRequest, pk: int, day: str) -> HttpResponse:
    event = access_event_for_manage_by_id(request.user, pk)
    sheet = access_signed_sheet_for_manage(request.user, event, _event_day(event, day))
    audit_record(actor=request.user, action="events.signed_sheet.downloaded", obj=sheet)
    extension = sheet.file.name.rsplit(".", 1)[-1]
    return attachment_response(
        sheet.file,
        filename=f"{event.slug}-{sheet.day.isoformat()}-signed.{extension}",
        content_type=sheet.content_type,
    )
