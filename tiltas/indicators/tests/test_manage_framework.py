"""Coordinators edit the goal, objectives and activities in lt, en and nb from the site."""

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import translation

from tiltas.core.models import AuditEntry
from tiltas.core.tests.form_data import translated_form_data
from tiltas.indicators import services
from tiltas.indicators.content import load_project
from tiltas.indicators.models import Activity, Goal

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def framework(db, isolated_registry):
    load_project()


def url(name: str, **kwargs) -> str:
    with translation.override("en"):
        return reverse(f"indicators:{name}", kwargs=kwargs or None)


def activity_post(activity: Activity, **changes: str) -> dict[str, str]:
    return translated_form_data(activity, ("title", "description"), **changes)


def test_the_framework_page_links_every_text_to_its_form(role_client):
    html = role_client("coordinator").get(url("manage_framework")).content.decode()
    assert url("goal_edit", pk=Goal.objects.get().pk) in html
    assert url("objective_edit", code="3") in html
    for activity in Activity.objects.all():
        assert url("activity_edit", code=activity.code) in html


def test_a_coordinator_edits_an_activity_and_the_public_pages_show_it(role_client):
    public = Client()
    assert "Build the network" not in public.get(url("activities")).content.decode()
    activity = Activity.objects.get(code="1.3.3")
    form = role_client("coordinator").get(url("activity_edit", code="1.3.3")).content.decode()
    assert 'lang="nb"' in form and "(required)" in form
    response = role_client("coordinator").post(
        url("activity_edit", code="1.3.3"),
        activity_post(activity, title_en="Build the network", title_nb=""),
    )
    assert response.status_code == 302
    assert "Build the network" in public.get(url("activities")).content.decode()
    with translation.override("en"):
        assert "Build the network" in public.get(reverse("portal:home")).content.decode()
    activity.refresh_from_db()
    assert activity.title_nb is None  # shows the Lithuanian text in Norwegian
    entry = AuditEntry.objects.get(action="indicators.activity.updated")
    assert entry.changed_fields == ["title_en", "title_nb"]


def test_the_lithuanian_title_is_required_and_what_was_typed_is_kept(role_client):
    activity = Activity.objects.get(code="1.1.1")
    response = role_client("coordinator").post(
        url("activity_edit", code="1.1.1"),
        activity_post(activity, title_lt="", title_en="Kept English title"),
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "error-summary" in html and "Kept English title" in html
    assert not AuditEntry.objects.filter(action="indicators.activity.updated").exists()


def test_the_service_refuses_an_empty_lithuanian_text_and_unknown_fields(coordinator):
    goal = Goal.objects.get()
    with pytest.raises(ValidationError):
        services.framework_text_update(entry=goal, actor=coordinator, data={"title_lt": " "})
    with pytest.raises(ValueError, match="Unexpected"):
        services.framework_text_update(entry=goal, actor=coordinator, data={"code": "x"})


def test_goal_and_objective_edits_are_audited(coordinator):
    goal = Goal.objects.get()
    services.framework_text_update(entry=goal, actor=coordinator, data={"text_en": "New goal."})
    with translation.override("en"):
        goal.refresh_from_db()
        assert goal.text == "New goal."
    assert AuditEntry.objects.get(action="indicators.goal.updated").actor == coordinator


def test_members_and_unknown_codes_get_nothing(role_client):
    assert role_client("member").get(url("activity_edit", code="1.1.1")).status_code == 403
    coordinator = role_client("coordinator")
    assert coordinator.get(url("activity_edit", code="9.9.9")).status_code == 404
    assert coordinator.get(url("objective_edit", code="9")).status_code == 404
    assert coordinator.get(url("goal_edit", pk=2)).status_code == 404
