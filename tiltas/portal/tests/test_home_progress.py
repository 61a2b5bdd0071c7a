"""The home page at a glance: progress per objective, the next events, the ways in."""

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from tiltas.events.models import EventStatus
from tiltas.events.tests.factories import EventFactory, RegistrationFactory
from tiltas.indicators import content as framework_content
from tiltas.indicators import selectors as indicator_selectors
from tiltas.indicators.tests.factories import (
    ActivityFactory,
    ManualIndicatorFactory,
    ManualValueFactory,
    ObjectiveFactory,
)

from .factories import NewsItemFactory, ProjectTextFactory

pytestmark = pytest.mark.django_db


def home(client, language: str = "en") -> str:
    with translation.override(language):
        response = client.get(reverse("portal:home"))
    assert response.status_code == 200
    return response.content.decode()


def indicator_at(activity, *, target: int, value: int | None) -> None:
    indicator = ManualIndicatorFactory(activity=activity, target=target)
    if value is not None:
        ManualValueFactory(indicator=indicator, value=value)


def test_each_objective_shows_the_mean_share_of_its_counted_targets(client):
    first = ActivityFactory(objective=ObjectiveFactory(code="1", order=1), code="1.1.1")
    indicator_at(first, target=10, value=5)  # 50 %
    indicator_at(first, target=4, value=8)  # 200 %, counted as 100 %
    indicator_at(first, target=3, value=None)  # not counted: left out of the mean
    ActivityFactory(objective=ObjectiveFactory(code="2", order=2), code="2.1.1")
    ProjectTextFactory(body_en="What the project is about")

    html = home(client)

    assert "75 % of targets reached (2 indicators counted)" in html
    assert re.search(r'<meter min="0"\s+max="100"\s+value="75"', html)
    assert html.count("<meter") == 1  # the second objective counts nothing yet …
    assert "Not counted yet" in html  # … and says so instead of showing zero
    assert "capped at its target" in html  # the rule, stated on the page
    assert html.index("targets reached") < html.index("What the project is about")


def test_progress_reads_in_lithuanian_and_norwegian(client):
    activity = ActivityFactory(objective=ObjectiveFactory(code="1"), code="1.1.1")
    indicator_at(activity, target=10, value=3)
    assert "30 % siektinų reikšmių pasiekta (suskaičiuotas 1 rodiklis)" in home(client, "lt")
    assert "30 % av målene nådd (1 indikator telt)" in home(client, "nb")


def test_only_the_next_three_public_events_are_shown(client):
    now = timezone.now()
    for day, title in ((3, "Third"), (1, "First"), (2, "Second"), (4, "Fourth")):
        EventFactory(title_en=title, starts_at=now + timedelta(days=day))
    EventFactory(title_en="Draft", starts_at=now + timedelta(hours=1), status=EventStatus.DRAFT)
    EventFactory(
        title_en="Cancelled", starts_at=now + timedelta(hours=2), status=EventStatus.CANCELLED
    )
    EventFactory(title_en="Over", starts_at=now - timedelta(days=2))

    html = home(client)

    assert html.index("First") < html.index("Second") < html.index("Third")
    for hidden in ("Fourth", "Draft", "Cancelled", "Over"):
        assert hidden not in html


def test_without_events_the_page_says_none_are_planned(client):
    assert "No events are planned yet." in home(client)


def test_the_ways_in_include_the_network_and_reporting_a_concern(client):
    html = home(client)
    with translation.override("en"):
        assert f'href="{reverse("network:directory")}"' in html
    assert "in confidence or anonymously" in html  # reporting a concern
    for way in ("Learn online", "Trainings and events", "The network"):
        assert way in html


def fill(size: int) -> None:
    """The shipped framework, whose counters all run, and ``size`` times the data."""
    framework_content.load_project()
    now = timezone.now()
    for day in range(size * 2):
        event = EventFactory(starts_at=now + timedelta(days=day + 1))
        RegistrationFactory.create_batch(2, event=event)
        EventFactory(starts_at=now - timedelta(days=day + 1), status=EventStatus.HELD)
    NewsItemFactory.create_batch(size)


#: What the home page reads besides counting the indicators (texts, framework,
#: news, events, the page's own scopes).
HOME_OWN_QUERIES = 8


def home_queries() -> int:
    """The home page's budget: its own reads, and every counter of the framework
    as it stands (each counter runs a fixed number of queries; the page counts
    afresh without a shared cache, as in tests)."""
    with CaptureQueriesContext(connection) as counting:
        indicator_selectors.framework_progress()
    return HOME_OWN_QUERIES + len(counting)


@pytest.mark.parametrize("size", [1, 10])
def test_the_home_page_reads_a_bounded_number_of_queries(
    client, size, django_assert_max_num_queries
):
    fill(size)
    with django_assert_max_num_queries(home_queries()):
        html = home(client)
    assert html.count("<meter") == 3
