"""The Atom feed of events, in the language of its URL, beside the iCalendar one."""

import xml.etree.ElementTree as ET
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from tiltas.events.models import EventStatus

from .factories import EventFactory

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def feed(client, language: str) -> ET.Element:
    with translation.override(language):
        response = client.get(reverse("events:feed"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    return ET.fromstring(response.content)  # noqa: S314 - our own response


def test_the_feed_lists_coming_events_soonest_first_in_the_language_of_its_url(client):
    later = EventFactory(title_lt="Vėliau", title_nb="Senere", city="Oslo", country="NO")
    EventFactory(
        title_lt="Anksčiau",
        title_nb="Tidligere",
        starts_at=later.starts_at - timedelta(days=3),
        ends_at=later.starts_at - timedelta(days=3) + timedelta(hours=5),
    )
    EventFactory(title_nb="Utkast", status=EventStatus.DRAFT)
    EventFactory(
        title_nb="Ferdig",
        starts_at=timezone.now() - timedelta(days=9),
        ends_at=timezone.now() - timedelta(days=8),
    )
    root = feed(client, "nb")
    assert root.attrib["{http://www.w3.org/XML/1998/namespace}lang"] == "nb"
    entries = list(root.iter(f"{ATOM}entry"))
    assert [entry.findtext(f"{ATOM}title") for entry in entries] == ["Tidligere", "Senere"]
    assert "/nb/events/" in entries[1].find(f"{ATOM}link").attrib["href"]
    assert "Oslo" in entries[1].findtext(f"{ATOM}summary")


def test_a_cancelled_event_stays_in_the_feed_marked(client):
    EventFactory(title_en="Clusters in practice", status=EventStatus.CANCELLED)
    titles = [entry.findtext(f"{ATOM}title") for entry in feed(client, "en").iter(f"{ATOM}entry")]
    assert titles == ["Cancelled: Clusters in practice"]


def test_the_calendar_page_offers_the_feed(client):
    with translation.override("lt"):
        page = client.get(reverse("events:calendar")).content.decode()
        assert f'href="{reverse("events:feed")}"' in page
