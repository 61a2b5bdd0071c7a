"""Staff pages of an event's days: check-in, attendance ticks, sheets and exports."""

from datetime import date

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from tiltas.core.access import roles_required
from tiltas.core.audit import audit_record
from tiltas.core.downloads import reauthenticated_download
from tiltas.core.forms import error_text
from tiltas.core.roles import MANAGERS, TEACHERS, is_manager
from tiltas.core.uploads import attachment_response

from .. import exports, selectors, services
from ..forms import CheckInForm
from ..models import Event, EventStatus, RegistrationStatus
from ..permissions import access_event_for_manage_by_id, access_registration_for_manage_by_id
from .forms import posted


def _day(event: Event, value: str | None) -> date:
    """A day of the event from the URL or query (ISO date); today or the first day otherwise."""
    if value:
        try:
            day = date.fromisoformat(value)
        except ValueError as exc:
            raise Http404 from exc
        if day not in event.days:
            raise Http404
        return day
    today = event.today()
    return today if today in event.days else event.days[0]


@roles_required(*TEACHERS)
def check_in(request: HttpRequest, pk: int) -> HttpResponse:
    event = access_event_for_manage_by_id(request.user, pk)
    form = CheckInForm(posted(request))
    checked = None
    if request.method == "POST" and form.is_valid():
        try:
            checked = services.attendance_check_in(
                event=event, code=form.cleaned_data["code"], actor=request.user
            )
        except ValidationError as exc:
            form.add_error("code", exc)
        else:
            form = CheckInForm()  # ready for the next person
    context = {
        "event": event,
        "form": form,
        "checked": checked,
        "today": event.today(),
        "closed": event.status != EventStatus.PUBLISHED,
    }
    return render(request, "events/manage/check_in.html", context)


@roles_required(*TEACHERS)
def attendance(request: HttpRequest, pk: int) -> HttpResponse:
    event = access_event_for_manage_by_id(request.user, pk)
    day = _day(event, request.GET.get("day"))
    registrations = selectors.participants(event, statuses=(RegistrationStatus.CONFIRMED,))
    rows = [
        (registration, any(a.day == day for a in registration.attendances.all()))
        for registration in registrations
    ]
    frozen = event.status == EventStatus.HELD
    context = {
        "event": event,
        "day": day,
        "rows": rows,
        "frozen": frozen,
        "may_change": not frozen or is_manager(request.user),
    }
    return render(request, "events/manage/attendance.html", context)


@roles_required(*TEACHERS)
@require_POST
def attendance_set(request: HttpRequest, pk: int, registration_pk: int) -> HttpResponse:
    event = access_event_for_manage_by_id(request.user, pk)
    registration = access_registration_for_manage_by_id(request.user, event, registration_pk)
    day = _day(event, request.POST.get("day"))
    try:
        services.attendance_set(
            registration=registration,
            day=day,
            present=request.POST.get("present") == "1",
            actor=request.user,
        )
    except ValidationError as exc:
        messages.error(request, error_text(exc))
    url = reverse("events:manage_attendance", kwargs={"pk": event.pk})
    return redirect(f"{url}?day={day.isoformat()}")


@roles_required(*TEACHERS)
@reauthenticated_download  # names and organisations leave the platform: password again (SE-3)
def attendance_sheet(request: HttpRequest, pk: int, day: str) -> HttpResponse:
    event = access_event_for_manage_by_id(request.user, pk)
    when = _day(event, day)
    audit_record(actor=request.user, action="events.attendance_sheet.downloaded", obj=event)
    return attachment_response(
        exports.attendance_sheet_pdf(event, when),
        filename=f"{event.slug}-{when.isoformat()}.pdf",
        content_type="application/pdf",
    )


EXPORTS = {"csv": exports.participants_csv, "xlsx": exports.participants_xlsx}


@roles_required(*MANAGERS)
@reauthenticated_download  # personal data leaves the platform: password again (SE-3)
def participants_export(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    event = access_event_for_manage_by_id(request.user, pk)
    audit_record(actor=request.user, action=f"events.participants.exported_{fmt}", obj=event)
    return EXPORTS[fmt](event)
