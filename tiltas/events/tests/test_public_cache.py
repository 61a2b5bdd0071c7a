"""Anonymous visitors share the cached calendar and event pages; every change
that a service commits (an edit, a registration) shows on the next request."""

import pytest
from django.test import Client

from tiltas.core.tests.cached_pages import english, page
from tiltas.events import services

from .factories import EventFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _page_cache(shared_cache, restore_language):
    """Pages kept per scope, as in production."""


def test_a_published_edit_shows_on_the_next_anonymous_request(
    coordinator, django_capture_on_commit_callbacks, django_assert_max_num_queries
):
    event = EventFactory(title_lt="Seminaras", title_en="Seminar on clusters")
    detail, calendar = english("events:detail", slug=event.slug), english("events:calendar")
    assert "Seminar on clusters" in page(Client(), detail)
    assert "Seminar on clusters" in page(Client(), calendar)
    with django_assert_max_num_queries(0):  # served from the cache
        page(Client(), detail)
    with django_capture_on_commit_callbacks(execute=True):
        services.event_update(
            event=event, data={"title_en": "Workshop on clusters"}, trainers=[], actor=coordinator
        )
    assert "Workshop on clusters" in page(Client(), detail)
    assert "Workshop on clusters" in page(Client(), calendar)


def test_a_registration_changes_the_places_shown(member, django_capture_on_commit_callbacks):
    event = EventFactory(capacity=10)
    detail, calendar = english("events:detail", slug=event.slug), english("events:calendar")
    assert "0 of 10 taken" in page(Client(), detail)
    assert "10 places free" in page(Client(), calendar)
    with django_capture_on_commit_callbacks(execute=True):
        registration = services.registration_create(event=event, person=member, answers={})
    assert "1 of 10 taken" in page(Client(), detail)
    assert "9 places free" in page(Client(), calendar)
    with django_capture_on_commit_callbacks(execute=True):
        services.registration_cancel(registration=registration, actor=member)
    assert "0 of 10 taken" in page(Client(), detail)


def test_a_signed_in_person_never_gets_the_cached_page(client, member):
    event = EventFactory()
    detail = english("events:detail", slug=event.slug)
    assert "Sign in to register" in page(Client(), detail)  # cached now
    client.force_login(member)
    mine = page(client, detail)
    assert "Sign in to register" not in mine
    assert english("events:register", slug=event.slug) in mine
    # Nor is the page rendered for them handed to visitors.
    assert "Sign in to register" in page(Client(), detail)


def test_calendar_filters_are_cached_apart_and_other_parameters_not_at_all():
    EventFactory(title_en="Vilnius day", country="LT")
    EventFactory(title_en="Oslo day", country="NO", city="Oslo")
    calendar = english("events:calendar")
    norway = Client().get(calendar, {"country": "NO"}).content.decode()
    assert "Oslo day" in norway and "Vilnius day" not in norway
    everything = page(Client(), calendar)
    assert "Oslo day" in everything and "Vilnius day" in everything
    assert Client().get(calendar, {"country": "NO", "utm": "x"}).status_code == 200


def test_a_registration_leaves_the_other_events_pages_served(
    member, django_capture_on_commit_callbacks, django_assert_max_num_queries
):
    event, other = EventFactory(capacity=10), EventFactory(capacity=10)
    urls = {e: english("events:detail", slug=e.slug) for e in (event, other)}
    for url in urls.values():
        page(Client(), url)
    with django_capture_on_commit_callbacks(execute=True):
        services.registration_create(event=event, person=member, answers={})
    with django_assert_max_num_queries(0):
        page(Client(), urls[other])
    assert "1 of 10 taken" in page(Client(), urls[event])
