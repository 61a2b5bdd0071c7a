"""Staff pages of an event's days: check-in, attendance ticks, sheets and exports."""

from datetime import date

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tiltas.core.access import roles_required
from tiltas.core.audit import audit_record
from tiltas.core.downloads import reauthenticated_download
from tiltas.core.forms import error_text, form_add_service_error, posted
from tiltas.core.roles import MANAGERS, TEACHERS, is_manager
from tiltas.core.throttle import exports_limited
from tiltas.core.uploads import attachment_response

from .. import exports, selectors, services
from ..forms import CheckInForm, WalkInForm
from ..models import Event, EventStatus, RegistrationStatus
from ..permissions import (
    access_event_for_manage_by_id,
    access_registration_for_manage_by_id,
    access_walk_in_for_manage_by_id,
)


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
    """Today's check-in by ticket code (scanned or typed) or, for someone
    without their ticket, by name (``registration``, found with ``q``)."""
    event = access_event_for_manage_by_id(request.user, pk)
    by_name = request.method == "POST" and "registration" in request.POST
    form = CheckInForm(None if by_name else posted(request))
    checked = None
    if by_name:
        registration = access_registration_for_manage_by_id(
            request.user, event, _id(request.POST["registration"])
        )
        try:
            checked = services.attendance_check_in_registration(
                event=event, registration=registration, actor=request.user
            )
        except ValidationError as exc:
            messages.error(request, error_text(exc))
    elif request.method == "POST" and form.is_valid():
        try:
            checked = services.attendance_check_in(
                event=event, code=form.cleaned_data["code"], actor=request.user
            )
        except ValidationError as exc:
            form.add_error("code", exc)
        else:
            form = CheckInForm()  # ready for the next person
    search = request.GET.get("q", "").strip()[:100]
    context = {
        "event": event,
        "form": form,
        "checked": checked,
        "search": search,
        "matches": selectors.check_in_matches(event, search),
        "today": event.today(),
        "closed": event.status != EventStatus.PUBLISHED,
    }
    return render(request, "events/manage/check_in.html", context)


def _id(value: str) -> int:
    """An object id from a form field; anything else names nothing (404)."""
    try:
        return int(value)
    except ValueError as exc:
        raise Http404 from exc


@roles_required(*TEACHERS)
def attendance(request: HttpRequest, pk: int) -> HttpResponse:
    event = access_event_for_manage_by_id(request.user, pk)
    return _attendance_page(request, event, _day(event, request.GET.get("day")))


def _attendance_page(
    request: HttpRequest, event: Event, day: date, walk_in_form: WalkInForm | None = None
) -> HttpResponse:
    registrations = selectors.participants(event, statuses=(RegistrationStatus.CONFIRMED,))
    rows = [
        (registration, any(a.day == day for a in registration.attendances.all()))
        for registration in registrations
    ]
    frozen = event.status == EventStatus.HELD
    may_change = not frozen or is_manager(request.user)
    # Walk-ins are added on a day that has come, while attendance may change.
    may_add = (
        may_change
        and day <= event.today()
        and event.status in {EventStatus.PUBLISHED, EventStatus.HELD}
    )
    context = {
        "event": event,
        "day": day,
        "rows": rows,
        "frozen": frozen,
        "may_change": may_change,
        "walk_ins": selectors.walk_ins_on(event, day),
        "walk_in_form": (walk_in_form or WalkInForm()) if may_add else None,
    }
    return render(request, "events/manage/attendance.html", context)


@roles_required(*TEACHERS)
@require_POST
def walk_in_add(request: HttpRequest, pk: int) -> HttpResponse:
    """Record someone present without a registration; a form with errors comes
    back on the attendance page with what was typed."""
    event = access_event_for_manage_by_id(request.user, pk)
    day = _day(event, request.POST.get("day"))
    form = WalkInForm(request.POST)
    if form.is_valid():
        try:
            walk_in = services.walk_in_add(
                event=event, day=day, data=form.cleaned_data, actor=request.user
            )
        except ValidationError as exc:
            if not hasattr(exc, "error_dict"):  # the day or the event refuses: no form to fix
                messages.error(request, error_text(exc))
                return _attendance_redirect(event, day)
            form_add_service_error(form, exc)
        else:
            done = (
                _("%(name)s is recorded as present and invited to create an account.")
                if walk_in.email
                else _("%(name)s is recorded as present.")
            )
            messages.success(request, done % {"name": walk_in.name})
            return _attendance_redirect(event, day)
    return _attendance_page(request, event, day, walk_in_form=form)


@roles_required(*TEACHERS)
@require_POST
def walk_in_remove(request: HttpRequest, pk: int, walk_in_pk: int) -> HttpResponse:
    event = access_event_for_manage_by_id(request.user, pk)
    walk_in = access_walk_in_for_manage_by_id(request.user, event, walk_in_pk)
    try:
        services.walk_in_remove(walk_in=walk_in, actor=request.user)
    except ValidationError as exc:
        messages.error(request, error_text(exc))
    return _attendance_redirect(event, walk_in.day)


def _attendance_redirect(event: Event, day: date) -> HttpResponse:
    url = reverse("events:manage_attendance", kwargs={"pk": event.pk})
    return redirect(f"{url}?day={day.isoformat()}")


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
    return _attendance_redirect(event, day)


@roles_required(*TEACHERS)
@reauthenticated_download  # names and organisations leave the platform: password again (SE-3)
@exports_limited("events.attendance_sheet")
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
@exports_limited("events.participants")
def participants_export(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    event = access_event_for_manage_by_id(request.user, pk)
    audit_record(actor=request.user, action=f"events.participants.exported_{fmt}", obj=event)
    return EXPORTS[fmt](event)
