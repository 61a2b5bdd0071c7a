import pytest

from tiltas.accounts.demo import load_demo as load_accounts_demo
from tiltas.events.demo import load_demo
from tiltas.events.models import Event, EventStatus, Registration, StudyVisit
from tiltas.indicators.registry import measure

pytestmark = pytest.mark.django_db


def test_demo_is_idempotent_and_covers_the_activities():
    load_accounts_demo()
    load_demo()
    counts = (Event.objects.count(), Registration.objects.count(), StudyVisit.objects.count())
    assert load_demo()
    assert (
        Event.objects.count(),
        Registration.objects.count(),
        StudyVisit.objects.count(),
    ) == counts
    assert StudyVisit.objects.count() == 12
    held = Event.objects.filter(status=EventStatus.HELD)
    assert {e.activity for e in held} == {"1.1.3", "1.2.2", "1.3.2"}
    assert {e.country for e in held} == {"LT", "NO"}
    assert Event.objects.filter(status=EventStatus.PUBLISHED).count() >= 3
    nearly_full = Event.objects.get(slug="demo-capacities-trondheim")
    assert nearly_full.capacity - nearly_full.registrations.filter(status="confirmed").count() == 1
    assert measure("events.participants", {"activity": "1.1.3"}).value > 10
    assert measure("events.visit_persons", {"activity": "1.1.1", "direction": "LT_NO"}).value == 12
