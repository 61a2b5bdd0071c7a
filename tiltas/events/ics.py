"""iCalendar (RFC 5545) files: events carry the TZID of their own zone and a
VTIMEZONE, so calendars show the right local time wherever the reader is."""

from collections.abc import Iterable

from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar
from icalendar import Event as CalendarEvent

from tiltas.core.site import base_url as site_base_url

from .models import Event, EventStatus

PRODID = "-//Tiltas//Events//EN"


def _calendar() -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    return calendar


def _component(event: Event, base_url: str) -> CalendarEvent:
    item = CalendarEvent()
    item.add("uid", f"event-{event.pk}@tiltas")
    item.add("dtstamp", timezone.now())
    item.add("dtstart", event.local_starts_at)
    item.add("dtend", event.local_ends_at)
    item.add("summary", event.title)
    if event.description:
        item.add("description", event.description)
    location = ", ".join(part for part in (event.venue, event.address, event.city) if part)
    if location:
        item.add("location", location)
    item.add("url", base_url + reverse("events:detail", kwargs={"slug": event.slug}))
    item.add("status", "CANCELLED" if event.status == EventStatus.CANCELLED else "CONFIRMED")
    return item


def calendar_bytes(events: Iterable[Event], *, base_url: str | None = None) -> bytes:
    base_url = base_url if base_url is not None else site_base_url()
    calendar = _calendar()
    for event in events:
        calendar.add_component(_component(event, base_url))
    calendar.add_missing_timezones()
    return calendar.to_ical()
