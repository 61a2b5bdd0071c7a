"""The events app's sources for the results framework (see tiltas.indicators.registry)."""

from collections import Counter
from datetime import date

from django.db.models import Count, QuerySet
from django.db.models.functions import Lower

from tiltas.accounts.models import User
from tiltas.core.platform import Measurement

from .models import (
    Attendance,
    DelegationMember,
    Event,
    EventStatus,
    StudyVisit,
    VisitStatus,
    WalkIn,
)


def _held_events(activity: str | None, start: date | None, end: date | None) -> QuerySet[Event]:
    events = Event.objects.filter(status=EventStatus.HELD)
    if activity:
        events = events.filter(activity=activity)
    if start:
        events = events.filter(starts_at__date__gte=start)
    if end:
        events = events.filter(starts_at__date__lte=end)
    return events


def events_held(
    *,
    activity: str | None = None,
    country: str | None = None,
    start: date | None = None,
    end: date | None = None,
) -> Measurement:
    events = _held_events(activity, start, end)
    if country:
        events = events.filter(country=country)
    return Measurement(value=events.count())


def participants(
    *, activity: str | None = None, start: date | None = None, end: date | None = None
) -> Measurement:
    """Distinct people present on at least one day of an event marked held, by
    sex, country and organisation type (attendance at an event not yet marked
    held is not a result yet; a cancelled event counts nothing).
    People whose data was erased still count, each as one unknown person; so do
    walk-ins (one per e-mail address, or per row without one), unknown in the
    breakdown unless the address is a registered participant's."""
    attendances = Attendance.objects.filter(registration__event__status=EventStatus.HELD)
    if activity:
        attendances = attendances.filter(registration__event__activity=activity)
    if start:
        attendances = attendances.filter(day__gte=start)
    if end:
        attendances = attendances.filter(day__lte=end)
    people: dict[object, tuple[str, str, str]] = {}
    rows = attendances.values_list(
        "registration_id",
        "registration__person_id",
        "registration__person__sex",
        "registration__person__country",
        "registration__person__organisation__country",
        "registration__person__organisation__type",
    ).distinct()
    for registration_id, person_id, sex, country, org_country, org_type in rows:
        key = person_id if person_id is not None else ("erased", registration_id)
        people[key] = (sex or "", country or org_country or "", org_type or "")
    for key in _walk_in_keys(activity, start, end):
        people.setdefault(key, ("", "", ""))
    breakdown = {
        "sex": dict(Counter(sex for sex, _c, _t in people.values())),
        "country": dict(Counter(country for _s, country, _t in people.values())),
        "organisation_type": dict(Counter(kind for _s, _c, kind in people.values())),
    }
    return Measurement(value=len(people), breakdown=breakdown)


def _walk_in_keys(activity: str | None, start: date | None, end: date | None) -> set[object]:
    """One key per walk-in person: the account's id where the address has one
    (so a person is counted once), else the address, else the row."""
    walk_ins = WalkIn.objects.filter(event__status=EventStatus.HELD)
    if activity:
        walk_ins = walk_ins.filter(event__activity=activity)
    if start:
        walk_ins = walk_ins.filter(day__gte=start)
    if end:
        walk_ins = walk_ins.filter(day__lte=end)
    rows = list(walk_ins.values_list("pk", "email"))
    emails = {email for _pk, email in rows if email}
    accounts = dict(
        User.objects.annotate(address=Lower("email"))
        .filter(address__in=emails)
        .values_list("address", "pk")
    )
    return {
        accounts.get(email, ("walk-in", email)) if email else ("walk-in", pk) for pk, email in rows
    }


def _held_visits(
    activity: str | None, direction: str | None, start: date | None, end: date | None
) -> QuerySet[StudyVisit]:
    visits = StudyVisit.objects.filter(status=VisitStatus.HELD)
    if activity:
        visits = visits.filter(activity=activity)
    if direction:
        visits = visits.filter(direction=direction)
    if start:
        visits = visits.filter(start_date__gte=start)
    if end:
        visits = visits.filter(start_date__lte=end)
    return visits


def visits(
    *,
    activity: str | None = None,
    direction: str | None = None,
    start: date | None = None,
    end: date | None = None,
) -> Measurement:
    return Measurement(value=_held_visits(activity, direction, start, end).count())


def visit_persons(
    *,
    activity: str | None = None,
    direction: str | None = None,
    start: date | None = None,
    end: date | None = None,
) -> Measurement:
    held = _held_visits(activity, direction, start, end)
    return Measurement(value=DelegationMember.objects.filter(visit__in=held).count())


def visit_days(
    *,
    activity: str | None = None,
    direction: str | None = None,
    start: date | None = None,
    end: date | None = None,
) -> Measurement:
    """Days of the visits held (the description's "N days" per visit), summed."""
    return Measurement(value=sum(v.days for v in _held_visits(activity, direction, start, end)))


def visit_person_days(
    *,
    activity: str | None = None,
    direction: str | None = None,
    start: date | None = None,
    end: date | None = None,
) -> Measurement:
    """Person-days: for each visit held, its delegation's members times its days,
    summed (2 visits of 12 persons for 4 days give 96)."""
    held = _held_visits(activity, direction, start, end).annotate(members=Count("delegation"))
    return Measurement(value=sum(visit.members * visit.days for visit in held))
