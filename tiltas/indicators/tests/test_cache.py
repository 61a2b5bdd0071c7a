"""The activities and results pages are cached for anonymous visitors: at most a
minute for other apps' counters, and refreshed at once by our own changes."""

import datetime

import pytest
import time_machine
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from tiltas.core.models import AuditEntry
from tiltas.core.scopes import versions
from tiltas.indicators import services
from tiltas.indicators.content import load_project
from tiltas.indicators.models import Indicator
from tiltas.indicators.registry import Measurement
from tiltas.indicators.selectors import PROGRESS_KEEP_SECONDS
from tiltas.indicators.views.public import PROGRESS_CACHE_SECONDS

# Real commits: scope versions change in on-commit callbacks.
pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def _page_cache(shared_cache):
    """Pages kept per scope, as in production."""


def url(name: str) -> str:
    with translation.override("en"):
        return reverse(f"indicators:{name}")


@pytest.fixture
def framework(db, isolated_registry):
    load_project()


@pytest.fixture
def logins(register_counter):
    """A counter whose value the test changes, as another app's records would."""
    count = {"value": 100}
    register_counter(
        "accounts.unique_logins",
        lambda *, start=None, end=None: Measurement(value=count["value"]),
    )
    return count


def test_counted_values_are_at_most_a_minute_old(client, framework, logins):
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        assert "100 of 260" in client.get(url("activities")).content.decode()
        logins["value"] = 130
        assert "100 of 260" in Client().get(url("activities")).content.decode()
    later = start + datetime.timedelta(seconds=PROGRESS_CACHE_SECONDS + 1)
    with time_machine.travel(later, tick=False):
        assert "130 of 260" in Client().get(url("activities")).content.decode()


def test_the_dashboard_keeps_its_figures_a_while_and_says_how_old_they_are(
    framework, logins, member
):
    """Every counter runs for the dashboard: not on every render, and never
    without saying when they ran; signed-in people get the same kept figures."""
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        html = Client().get(url("dashboard")).content.decode()
        assert "100 of 260" in html
        assert "Counted just now." in html
        logins["value"] = 130
    signed_in = Client()
    signed_in.force_login(member)
    with time_machine.travel(start + datetime.timedelta(minutes=12), tick=False):
        for client in (Client(), signed_in):
            html = client.get(url("dashboard")).content.decode()
            assert "100 of 260" in html
            assert "Counted 12\xa0minutes ago." in html
    later = start + datetime.timedelta(seconds=PROGRESS_KEEP_SECONDS + 1)
    with time_machine.travel(later, tick=False):
        html = signed_in.get(url("dashboard")).content.decode()
        assert "130 of 260" in html
        assert "Counted just now." in html


def test_a_recorded_value_shows_at_once(client, framework, coordinator):
    guide = Indicator.objects.get(code="1.3.1-transparency-guide")
    for name in ("activities", "dashboard"):
        assert "1 of 1 (100%)" not in client.get(url(name)).content.decode()
    services.manual_value_record(
        indicator=guide,
        value=1,
        as_of=timezone.localdate(),
        actor=coordinator,
        evidence_link="https://example.org/guide.pdf",
    )
    for name in ("activities", "dashboard"):
        assert "1 of 1 (100%)" in client.get(url(name)).content.decode()


def test_a_period_on_the_dashboard_is_never_served_from_the_cache(client, framework, logins):
    period = {"start": "2026-01-01"}
    assert "100 of 260" in client.get(url("dashboard"), period).content.decode()
    logins["value"] = 130
    assert "130 of 260" in client.get(url("dashboard"), period).content.decode()


def test_signed_in_people_see_the_current_count_of_a_period(framework, logins, member):
    period = {"start": "2026-01-01"}
    assert "100 of 260" in Client().get(url("dashboard"), period).content.decode()
    logins["value"] = 130
    signed_in = Client()
    signed_in.force_login(member)
    assert "130 of 260" in signed_in.get(url("dashboard"), period).content.decode()


def test_a_change_to_the_framework_refreshes_the_results_pages(framework):
    before = versions(["results"])
    Indicator.objects.get(code="1.3.3-unique-logins").save()  # as the admin does
    assert versions(["results"]) != before


def test_a_target_corrected_in_the_admin_shows_at_once_and_is_audited(
    client, framework, logins, administrator
):
    assert "100 of 260" in client.get(url("activities")).content.decode()
    indicator = Indicator.objects.get(code="1.3.3-unique-logins")
    admin_client = Client()
    admin_client.force_login(administrator)
    change = reverse("admin:indicators_indicator_change", args=[indicator.pk])
    form = admin_client.get(change).context["adminform"].form
    data = {name: value for name, value in form.initial.items() if value is not None}
    data |= {"activity": indicator.activity_id, "target": "300", "_save": "Save"}
    response = admin_client.post(change, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert "100 of 300" in client.get(url("activities")).content.decode()
    entry = AuditEntry.objects.get(action="indicators.indicator.updated")
    assert entry.actor == administrator
    assert entry.changed_fields == ["target"]
    # Deleting is not offered: recorded values and the counting apps depend on it.
    delete = reverse("admin:indicators_indicator_delete", args=[indicator.pk])
    assert admin_client.post(delete, {"post": "yes"}).status_code == 403
    assert Indicator.objects.filter(pk=indicator.pk).exists()
