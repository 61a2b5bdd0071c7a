"""Public pages: the calendar, event pages, the iCalendar feed and study visits."""

from collections.abc import Iterable

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language

from tiltas.accounts.models import Organisation
from tiltas.core.access import public
from tiltas.core.listing import listing_page
from tiltas.core.public_cache import cache_public_page, shows
from tiltas.core.uploads import attachment_response
from tiltas.learning.models import Programme

from .. import selectors
from ..forms import CalendarFilterForm, RegistrationForm
from ..ics import calendar_bytes
from ..models import Event, EventFile, EventTimeZone, StudyVisit, VisitFile
from ..permissions import access_event_by_slug, access_visit_by_slug, access_visit_file_by_id

PAGE_SIZE = 20
#: Anonymous visitors share these pages until an event or registration changes
#: (a write to a scope they show) or this many seconds pass.
PUBLIC_CACHE_SECONDS = 60
CALENDAR_QUERY = ("country", "activity", "programme", "when", "page")


def _programme_choices() -> list[tuple[int, str]]:
    # A semi-join, not DISTINCT over every programme column joined to every event.
    with_events = Event.objects.exclude(programme=None).values("programme_id")
    return [(p.pk, str(p)) for p in Programme.objects.filter(pk__in=with_events)]


@public
@cache_public_page(timeout=PUBLIC_CACHE_SECONDS, query=CALENDAR_QUERY)
def calendar(request: HttpRequest) -> HttpResponse:
    shows(Event)
    form = CalendarFilterForm(request.GET or None, programmes=_programme_choices())
    filters = form.cleaned_data if form.is_valid() else {}
    past = filters.get("when") == "past"
    events = selectors.events_public(
        country=filters.get("country", ""),
        activity=filters.get("activity", ""),
        programme=filters.get("programme"),
        past=past,
    )
    page, query = listing_page(request, events, per_page=PAGE_SIZE)
    return render(
        request,
        "events/calendar.html",
        {"form": form, "page": page, "past": past, "query": query},
    )


@public
def calendar_feed(request: HttpRequest) -> HttpResponse:
    return _ics(request, selectors.events_for_feed(), "tiltas-events.ics")


@public
def event_ics(request: HttpRequest, slug: str) -> HttpResponse:
    """One event for the person's own calendar ("add to calendar")."""
    event = access_event_by_slug(request.user, slug)
    return _ics(request, [event], f"{event.slug}.ics")


def _ics(request: HttpRequest, events: Iterable[Event], filename: str) -> HttpResponse:
    body = calendar_bytes(events, base_url=request.build_absolute_uri("/")[:-1])
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


@public
@cache_public_page(timeout=PUBLIC_CACHE_SECONDS)
def event_detail(request: HttpRequest, slug: str) -> HttpResponse:
    event = access_event_by_slug(request.user, slug)
    shows(event)
    zone = selectors.viewer_zone(request.user, get_language())
    context = {
        "event": event,
        "trainers": event.trainers.all(),
        "places_taken": selectors.places_taken(event),
        "registration": selectors.registration_for(event, request.user),
        "viewer_zone": zone if str(zone) != event.timezone else None,
        "viewer_zone_label": EventTimeZone(str(zone)).label,
        "form": RegistrationForm(event=event) if request.user.is_authenticated else None,
    }
    return render(request, "events/detail.html", context)


@public
@cache_public_page(timeout=PUBLIC_CACHE_SECONDS, query=("page",))
def visit_list(request: HttpRequest) -> HttpResponse:
    shows(StudyVisit)
    page = Paginator(selectors.visits_public(), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "events/visits.html", {"page": page, "query": ""})


@public
@cache_public_page(timeout=PUBLIC_CACHE_SECONDS)
def visit_detail(request: HttpRequest, slug: str) -> HttpResponse:
    visit = access_visit_by_slug(request.user, slug)
    shows(visit, Organisation)
    persons = visit.delegation.count()
    context = {
        "visit": visit,
        "persons": persons,
        "person_days": persons * visit.days,
        "hosts": visit.host_organisations.all(),
        "files": visit.files.all(),
    }
    return render(request, "events/visit_detail.html", context)


def file_response(item: VisitFile | EventFile) -> HttpResponse:
    """Always a download (never rendered inline) with the type we checked on upload."""
    filename = item.original_name or item.file.name.rsplit("/", 1)[-1]
    return attachment_response(item.file, filename=filename, content_type=item.content_type)


@public
def visit_file(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    visit = access_visit_by_slug(request.user, slug)
    return file_response(access_visit_file_by_id(request.user, visit, pk))
