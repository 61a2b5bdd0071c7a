"""The evidence a report lists for its period, from what the apps hold."""

from datetime import date

import pytest
from django.utils import timezone, translation

from tiltas.events.models import EventStatus, VisitFile
from tiltas.events.tests.factories import EventFactory, StudyVisitFactory
from tiltas.integrity.tests.factories import the_guide
from tiltas.reports.evidence import evidence_items

from .fixtures import training_held

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


def test_held_events_and_visits_of_the_period_are_listed_with_what_they_left():
    training_held()  # 10 March 2026, held
    EventFactory(status=EventStatus.PUBLISHED, title_lt="Dar nevykęs")
    training_held(day=date(2026, 4, 2))  # after the period
    visit = StudyVisitFactory(
        title_lt="Vizitas į Bergeną",
        start_date=date(2026, 3, 16),
        end_date=date(2026, 3, 19),
        report_lt="Ką matėme",
    )
    VisitFile.objects.create(
        visit=visit,
        kind="document",
        title="Agenda",
        file="visits/a.pdf",
        content_type="application/pdf",
    )
    StudyVisitFactory(title_lt="Planuojamas", start_date=date(2026, 3, 20), status="planned")
    items = evidence_items(date(2026, 3, 1), date(2026, 3, 31))
    assert [(item.kind, item.title, item.on) for item in items] == [
        ("Event held", "Klasterių pagrindai", date(2026, 3, 10)),
        ("Study visit held", "Vizitas į Bergeną", date(2026, 3, 16)),
    ]
    assert items[0].detail == "Attendance sheet for 1 day (PDF)"
    assert items[1].detail == "delegation list, report, 1 file"


def test_a_guide_version_published_in_the_period_is_listed():
    the_guide()  # its first version is published now
    today = timezone.localdate()
    items = evidence_items(today.replace(day=1), today)
    assert [(item.kind, item.detail) for item in items] == [
        ("Guide version published", "Version 1 (PDF)")
    ]
    assert evidence_items(date(2026, 1, 1), date(2026, 1, 31)) == []
