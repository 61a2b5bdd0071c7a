"""Trainings, seminars and conferences, and the study visits between Lithuania and Norway."""

from datetime import date, datetime

from django.http import HttpRequest
from ninja import Query, Router, Schema
from ninja.pagination import paginate

from tiltas.accounts.models import Country
from tiltas.core.access import get_or_404
from tiltas.events import selectors
from tiltas.events.models import ActivityCode, Event, StudyVisit, VisitActivityCode

from ..links import page_url
from ..pagination import Page

router = Router(tags=["events"])


class EventOut(Schema):
    slug: str
    title: str
    kind: str
    activity: str
    status: str
    country: str
    city: str
    venue: str
    starts_at: datetime
    ends_at: datetime
    timezone: str
    language: str
    capacity: int
    places_free: int
    programme: str | None
    url: str

    @staticmethod
    def resolve_programme(event: Event) -> str | None:
        return event.programme.slug if event.programme else None

    @staticmethod
    def resolve_places_free(event: Event) -> int:
        return max(event.places_free, 0)  # type: ignore[attr-defined]

    @staticmethod
    def resolve_url(event: Event, context: dict) -> str:
        return page_url(context["request"], "events:detail", slug=event.slug)


class EventFilters(Schema):
    country: Country | None = None
    activity: ActivityCode | None = None
    past: bool = False


@router.get("/events", response=list[EventOut], url_name="events")
@paginate(Page)
def events(request: HttpRequest, filters: Query[EventFilters]) -> object:
    """Coming events, soonest first (or, with ``past``, those that ended, latest
    first); drafts never."""
    return selectors.events_public(
        country=filters.country or "", activity=filters.activity or "", past=filters.past
    )


@router.get("/events/{slug}", response=EventOut, url_name="event")
def event(request: HttpRequest, slug: str) -> object:
    return get_or_404(selectors.events_listed(), slug=slug)


class VisitOut(Schema):
    slug: str
    title: str
    direction: str
    activity: str
    status: str
    start_date: date
    end_date: date
    persons: int
    url: str

    @staticmethod
    def resolve_url(visit: StudyVisit, context: dict) -> str:
        return page_url(context["request"], "events:visit_detail", slug=visit.slug)


class VisitFilters(Schema):
    activity: VisitActivityCode | None = None


@router.get("/visits", response=list[VisitOut], url_name="visits")
@paginate(Page)
def visits(request: HttpRequest, filters: Query[VisitFilters]) -> object:
    """Planned and held study visits, latest first, with the size of the delegation."""
    visits = selectors.visits_public()
    return visits.filter(activity=filters.activity) if filters.activity else visits


@router.get("/visits/{slug}", response=VisitOut, url_name="visit")
def visit(request: HttpRequest, slug: str) -> object:
    return get_or_404(selectors.visits_public(), slug=slug)
