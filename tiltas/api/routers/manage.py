"""What trainers and coordinators do with a personal token: the events they
manage, their participants and attendance. Every object is reached through the
same access functions as the management pages (a trainer, their own events)."""

from datetime import date, datetime

from django.core.exceptions import ValidationError
from django.http import HttpRequest
from ninja import Schema
from ninja.errors import HttpError
from ninja.pagination import paginate

from tiltas.core.roles import is_manager
from tiltas.events import selectors, services
from tiltas.events.models import Event, Registration
from tiltas.events.permissions import (
    access_event_for_manage_by_id,
    access_registration_for_manage_by_id,
)

from ..auth import manage_router, require_write
from ..pagination import Page

router = manage_router()


class ManagedEventOut(Schema):
    id: int
    slug: str
    title: str
    status: str
    starts_at: datetime
    ends_at: datetime
    capacity: int
    places_taken: int
    waiting: int
    pending: int


@router.get("/manage/events", response=list[ManagedEventOut], url_name="manage_events")
@paginate(Page)
def manage_events(request: HttpRequest, past: bool = False) -> object:
    """The events the token's holder manages: all of them for a coordinator,
    those they teach for a trainer; coming ones soonest first, or past ones."""
    trainer = None if is_manager(request.user) else request.user
    return selectors.events_for_manage(past=past, trainer=trainer)


class ParticipantOut(Schema):
    registration: int
    name: str
    email: str
    organisation: str
    status: str
    days_present: list[date]

    @staticmethod
    def resolve_registration(row: Registration) -> int:
        return row.pk

    @staticmethod
    def resolve_name(row: Registration) -> str:
        return row.person.full_name

    @staticmethod
    def resolve_email(row: Registration) -> str:
        return row.person.email

    @staticmethod
    def resolve_organisation(row: Registration) -> str:
        return row.person.organisation.name if row.person.organisation else ""

    @staticmethod
    def resolve_days_present(row: Registration) -> list[date]:
        return [attendance.day for attendance in row.attendances.all()]


@router.get(
    "/manage/events/{event_id}/participants",
    response=list[ParticipantOut],
    url_name="manage_participants",
)
@paginate(Page)
def participants(request: HttpRequest, event_id: int) -> object:
    event: Event = access_event_for_manage_by_id(request.user, event_id)
    return selectors.participants(event)


class AttendanceIn(Schema):
    registration: int
    day: date
    present: bool


class AttendanceOut(Schema):
    changed: bool


@router.put(
    "/manage/events/{event_id}/attendance",
    response={200: AttendanceOut},
    url_name="manage_attendance",
)
def attendance(request: HttpRequest, event_id: int, mark: AttendanceIn) -> dict[str, bool]:
    """Mark one participant present or absent on one day (a token with write scope)."""
    require_write(request)
    event = access_event_for_manage_by_id(request.user, event_id)
    registration = access_registration_for_manage_by_id(request.user, event, mark.registration)
    try:
        changed = services.attendance_set(
            registration=registration, day=mark.day, present=mark.present, actor=request.user
        )
    except ValidationError as error:
        raise HttpError(422, " ".join(error.messages)) from error
    return {"changed": changed}
