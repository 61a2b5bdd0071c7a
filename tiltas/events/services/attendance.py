"""Check-in, attendance per day and the feedback survey."""

from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from tiltas.accounts.models import User
from tiltas.core.audit import audit_record
from tiltas.core.roles import is_manager

from ..models import (
    Attendance,
    Event,
    EventStatus,
    Registration,
    RegistrationStatus,
    SurveyQuestionKind,
    SurveyResponse,
)
from ..signals import attendance_recorded


def attendance_check_in(*, event: Event, code: str, actor: User) -> Registration:
    """Mark today's attendance from a ticket code (typed or scanned)."""
    code = (code or "").strip()
    # A scanner may hand over the whole ticket URL: the code is its last part.
    code = code.rstrip("/").rsplit("/", 1)[-1]
    registration = (
        Registration.objects.select_related("event", "person").filter(ticket_token=code).first()
        if code
        else None
    )
    if registration is None:
        raise ValidationError(_("Unknown ticket code."), code="unknown")
    return _check_in(event=event, registration=registration, actor=actor, by_scan=True)


def attendance_check_in_registration(
    *, event: Event, registration: Registration, actor: User
) -> Registration:
    """Mark today's attendance of a participant found by name (no ticket at hand)."""
    return _check_in(event=event, registration=registration, actor=actor, by_scan=False)


def _check_in(
    *, event: Event, registration: Registration, actor: User, by_scan: bool
) -> Registration:
    if registration.event_id != event.pk:
        raise ValidationError(_("This ticket is for another event."), code="other_event")
    if registration.status != RegistrationStatus.CONFIRMED:
        raise ValidationError(_("This registration is not confirmed."), code="not_confirmed")
    if event.status != EventStatus.PUBLISHED:
        raise ValidationError(_("Check-in is closed for this event."), code="closed")
    today = event.today()
    if today not in event.days:
        raise ValidationError(_("The event does not take place today."), code="not_today")
    try:
        with transaction.atomic():
            Attendance.objects.create(registration=registration, day=today, by_scan=by_scan)
            audit_record(
                actor=actor,
                action="events.attendance.checked_in",
                obj=registration,
                changed_fields=["attendance"],
            )
            attendance_recorded.send(
                sender=Registration, registration=registration, day=today, present=True
            )
    except IntegrityError as exc:
        raise ValidationError(_("This ticket was already used today."), code="used") from exc
    return registration


def attendance_day_check(*, event: Event, day: date, actor: User, recording: bool = True) -> None:
    """Refuse attendance for a day that is not one of the event's, or that has not
    come yet (``recording``), and after the event is held except by coordinators."""
    if day not in event.days:
        raise ValidationError(_("That day is not a day of the event."), code="day")
    if recording and day > event.today():
        raise ValidationError(
            _("That day has not come yet: attendance is recorded on the day."), code="day"
        )
    if event.status == EventStatus.HELD and not is_manager(actor):
        raise ValidationError(
            _("The event is held: only coordinators may correct attendance."), code="held"
        )


def attendance_set(*, registration: Registration, day: date, present: bool, actor: User) -> bool:
    """Tick or untick one day. Returns True when something changed.

    After the event is held its attendance is frozen: only corrections by staff
    remain, and they are recorded with their own audit code."""
    event = registration.event
    attendance_day_check(event=event, day=day, actor=actor, recording=present)
    if registration.status != RegistrationStatus.CONFIRMED:
        raise ValidationError(_("Only confirmed participants can attend."))
    with transaction.atomic():
        if present:
            _attendance, changed = Attendance.objects.get_or_create(
                registration=registration, day=day
            )
        else:
            changed = Attendance.objects.filter(registration=registration, day=day).delete()[0] > 0
        if changed:
            action = (
                "events.attendance.changed_after_held"
                if event.status == EventStatus.HELD
                else "events.attendance.changed"
            )
            audit_record(
                actor=actor, action=action, obj=registration, changed_fields=["attendance"]
            )
            attendance_recorded.send(
                sender=Registration, registration=registration, day=day, present=present
            )
    return changed


def survey_is_open(registration: Registration) -> bool:
    event = registration.event
    return (
        event.status in {EventStatus.PUBLISHED, EventStatus.HELD}
        and event.is_past
        and registration.attendances.exists()
        and event.survey_questions.exists()
    )


def survey_response_submit(
    *, registration: Registration, answers: dict[str, Any], actor: User
) -> SurveyResponse:
    """One answer per attendee, after the event."""
    if not survey_is_open(registration):
        raise ValidationError(_("The survey is open to attendees after the event."))
    cleaned: dict[str, Any] = {}
    for question in registration.event.survey_questions.all():
        value = answers.get(str(question.pk))
        if question.kind == SurveyQuestionKind.RATING:
            if value in (None, ""):
                continue
            if str(value) not in {"1", "2", "3", "4", "5"}:
                raise ValidationError({question.field_name: _("Choose a rating from 1 to 5.")})
            cleaned[str(question.pk)] = int(value)
        elif value:
            cleaned[str(question.pk)] = str(value).strip()[:4000]
    try:
        with transaction.atomic():
            response = SurveyResponse.objects.create(
                event=registration.event, registration=registration, answers=cleaned
            )
            audit_record(actor=actor, action="events.survey.answered", obj=registration.event)
    except IntegrityError as exc:
        raise ValidationError(_("You have already answered this survey."), code="twice") from exc
    return response
