"""Reads of the events app: lists with bounded queries, aggregates."""

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from django.db.models import Count, F, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from tiltas.accounts.models import User
from tiltas.core.platform import NextStep
from tiltas.learning.models import Programme

from .models import (
    Attendance,
    Event,
    EventStatus,
    Registration,
    RegistrationStatus,
    SignedAttendanceSheet,
    StudyVisit,
    SurveyQuestionKind,
    VisitStatus,
    WalkIn,
)
from .models.visits import PUBLIC_VISIT_STATUSES

VILNIUS = ZoneInfo("Europe/Vilnius")
OSLO = ZoneInfo("Europe/Oslo")


def _with_places(events: QuerySet[Event]) -> QuerySet[Event]:
    # A correlated subquery is evaluated only for the rows of the page shown
    # (after LIMIT); Count() over the join grouped every upcoming event with all
    # its registrations first (49,929 rows for 20 shown at x100).
    confirmed = (
        Registration.objects.filter(event=OuterRef("pk"), status=RegistrationStatus.CONFIRMED)
        .order_by()
        .values("event")
        .annotate(n=Count("pk"))
        .values("n")
    )
    taken = Coalesce(Subquery(confirmed), 0)
    return events.annotate(places_taken=taken, places_free=F("capacity") - F("places_taken"))


def events_listed() -> QuerySet[Event]:
    """Every event the public sees: published, held and cancelled, never drafts,
    with its free places."""
    return _with_places(Event.objects.exclude(status=EventStatus.DRAFT).select_related("programme"))


def events_public(
    *, country: str = "", activity: str = "", programme: int | None = None, past: bool = False
) -> QuerySet[Event]:
    """:func:`events_listed`, soonest first or, for the past, latest first."""
    events = events_listed()
    if country:
        events = events.filter(country=country)
    if activity:
        events = events.filter(activity=activity)
    if programme:
        events = events.filter(programme_id=programme)
    now = timezone.now()
    if past:
        events = events.filter(ends_at__lte=now).order_by("-starts_at", "-id")
    else:
        events = events.filter(ends_at__gt=now).order_by("starts_at", "id")
    return events


def programme_events(*, programme: Programme, limit: int) -> list[Event]:
    """A programme's coming trainings, for its page in the learning app."""
    return list(events_public(programme=programme.pk)[:limit])


def events_for_feed() -> QuerySet[Event]:
    return Event.objects.filter(
        status__in=[EventStatus.PUBLISHED, EventStatus.HELD, EventStatus.CANCELLED]
    ).order_by("starts_at")


def places_taken(event: Event) -> int:
    return event.registrations.filter(status=RegistrationStatus.CONFIRMED).count()


def viewer_zone(user: User, language: str) -> ZoneInfo:
    """Where the viewer probably is: their country, else their page language."""
    country = getattr(user, "country", "") if user.is_authenticated else ""
    if country == "NO" or (not country and language == "nb"):
        return OSLO
    return VILNIUS


def registration_for(event: Event, user: User) -> Registration | None:
    if not user.is_authenticated:
        return None
    return Registration.objects.filter(event=event, person=user).first()


def registrations_of(person: User) -> QuerySet[Registration]:
    return (
        Registration.objects.filter(person=person)
        .select_related("event")
        .order_by("-event__starts_at")
    )


def next_steps(person: User) -> list[NextStep]:
    """The next training the person has a confirmed place at, for their home page."""
    registration = (
        Registration.objects.filter(
            person=person,
            status=RegistrationStatus.CONFIRMED,
            event__status=EventStatus.PUBLISHED,
            event__ends_at__gt=timezone.now(),
        )
        .select_related("event")
        .order_by("event__starts_at", "pk")
        .first()
    )
    if registration is None:
        return []
    event = registration.event
    when = formats.date_format(event.local_starts_at, "DATETIME_FORMAT")
    return [
        NextStep(
            reverse("events:ticket", args=[registration.pk]),
            _("Your next training: %(title)s") % {"title": event.title},
            _("%(when)s, %(city)s: your ticket and the way to add it to your calendar")
            % {"when": when, "city": event.city},
            order=20,
        )
    ]


def events_for_manage(*, past: bool = False, trainer: User | None = None) -> QuerySet[Event]:
    """Every event, or with ``trainer`` only the events that person teaches."""
    now = timezone.now()
    events = Event.objects.all() if trainer is None else Event.objects.filter(trainers=trainer)
    events = (
        events.filter(ends_at__lte=now).order_by("-starts_at")
        if past
        else events.filter(ends_at__gt=now).order_by("starts_at")
    )
    return events.annotate(
        places_taken=Count(
            "registrations", filter=Q(registrations__status=RegistrationStatus.CONFIRMED)
        ),
        waiting=Count("registrations", filter=Q(registrations__status=RegistrationStatus.WAITING)),
        pending=Count("registrations", filter=Q(registrations__status=RegistrationStatus.PENDING)),
    )


def participants(
    event: Event, *, statuses: tuple[str, ...] | None = None
) -> QuerySet[Registration]:
    """Registrations with person, organisation and attended days, in two queries."""
    registrations = event.registrations.select_related("person__organisation").prefetch_related(
        Prefetch("attendances", queryset=Attendance.objects.order_by("day"))
    )
    if statuses:
        registrations = registrations.filter(status__in=statuses)
    return registrations.order_by("status", "position", "person__full_name", "id")


#: How many people a name search at the check-in desk lists.
CHECK_IN_MATCHES = 20


def check_in_matches(event: Event, search: str) -> list[Registration]:
    """Confirmed participants whose name or address contains ``search``, each
    with ``present_today`` (checked in already), for check-in by name."""
    search = search.strip()
    if not search:
        return []
    today = event.today()
    return list(
        event.registrations.filter(status=RegistrationStatus.CONFIRMED)
        .filter(Q(person__full_name__icontains=search) | Q(person__email__icontains=search))
        .select_related("person__organisation")
        .annotate(present_today=Count("attendances", filter=Q(attendances__day=today)))
        .order_by("person__full_name", "id")[:CHECK_IN_MATCHES]
    )


@dataclass(frozen=True)
class SheetDay:
    """A day of an event and the scan of its signed sheet, None while missing."""

    day: date
    sheet: SignedAttendanceSheet | None
    has_come: bool


def signed_sheets_by_day(event: Event) -> list[SheetDay]:
    """Every day of the event with its signed sheet, missing days included (one query)."""
    sheets = {sheet.day: sheet for sheet in event.signed_sheets.select_related("uploaded_by")}
    today = event.today()
    return [SheetDay(day, sheets.get(day), day <= today) for day in event.days]


def walk_ins_on(event: Event, day: Any) -> list[WalkIn]:
    return list(event.walk_ins.filter(day=day).order_by("name", "id"))


@dataclass
class QuestionResult:
    text: str
    kind: str
    count: int = 0
    average: float | None = None
    distribution: list[tuple[int, int]] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)


def survey_results(event: Event) -> tuple[int, list[QuestionResult]]:
    """Aggregates without names: number of responses, and per question either
    the average rating with its distribution or the free-text answers."""
    responses = list(event.survey_responses.values_list("answers", flat=True))
    results = []
    for question in event.survey_questions.all():
        key = str(question.pk)
        values = [answers[key] for answers in responses if key in answers]
        result = QuestionResult(text=question.text, kind=question.kind, count=len(values))
        if question.kind == SurveyQuestionKind.RATING:
            ratings = [int(value) for value in values]
            counts = Counter(ratings)
            result.distribution = [(score, counts.get(score, 0)) for score in range(1, 6)]
            result.average = round(sum(ratings) / len(ratings), 1) if ratings else None
        else:
            result.texts = sorted(str(value) for value in values)
        results.append(result)
    return len(responses), results


def events_held_between(start: date, end: date) -> list[Event]:
    """Events marked held whose first day (in their own time zone) is in the
    period, with their files, signed sheets and survey questions (four queries), earliest first."""
    # A day's margin in UTC, then each event's own calendar decides.
    events = Event.objects.filter(
        status=EventStatus.HELD,
        starts_at__gte=datetime.combine(start - timedelta(days=1), time(), tzinfo=UTC),
        starts_at__lt=datetime.combine(end + timedelta(days=2), time(), tzinfo=UTC),
    ).prefetch_related("files", "signed_sheets", "survey_questions")
    return [e for e in events.order_by("starts_at", "id") if start <= e.days[0] <= end]


def visits_held_between(start: date, end: date) -> QuerySet[StudyVisit]:
    """Study visits marked held whose first day is in the period, with their files."""
    visits = StudyVisit.objects.filter(
        status=VisitStatus.HELD, start_date__gte=start, start_date__lte=end
    )
    return visits.prefetch_related("files").order_by("start_date", "id")


def visits_public() -> QuerySet[StudyVisit]:
    return (
        StudyVisit.objects.filter(status__in=PUBLIC_VISIT_STATUSES)
        .annotate(persons=Count("delegation"))
        .order_by("-start_date", "id")
    )


def visits_for_manage() -> QuerySet[StudyVisit]:
    return StudyVisit.objects.annotate(persons=Count("delegation")).order_by("-start_date", "id")


def visit_delegation(visit: StudyVisit) -> QuerySet[Any]:
    return visit.delegation.select_related("person__organisation")
