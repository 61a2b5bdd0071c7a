import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.files.base import ContentFile
from django.http import Http404
from django.urls import reverse

from tiltas.core.roles import Role
from tiltas.indicators.permissions import (
    access_activity_by_code,
    access_activity_for_manage_by_code,
    access_goal_for_manage_by_id,
    access_manual_indicator_for_manage_by_code,
    access_manual_value_for_manage_by_id,
    access_objective_for_manage_by_code,
)

from .factories import (
    ActivityFactory,
    GoalFactory,
    IndicatorFactory,
    ManualIndicatorFactory,
    ManualValueFactory,
)
from .files import PDF

pytestmark = pytest.mark.django_db

ALLOWED = {"coordinator", "administrator"}
ROLES = ["anonymous", "member", "trainer", "coordinator", "integrity_officer", "administrator"]


@pytest.fixture
def manage_urls(media_root):
    indicator = ManualIndicatorFactory()
    value = ManualValueFactory(indicator=indicator)
    value.evidence_file.save("x.pdf", ContentFile(PDF), save=True)
    return [
        reverse("indicators:manage_list"),
        reverse("indicators:manage_detail", kwargs={"code": indicator.code}),
        reverse("indicators:value_create", kwargs={"code": indicator.code}),
        reverse("indicators:evidence_download", kwargs={"pk": value.pk}),
        reverse("indicators:manage_framework"),
        reverse("indicators:goal_edit", kwargs={"pk": GoalFactory().pk}),
        reverse("indicators:objective_edit", kwargs={"code": indicator.activity.objective.code}),
        reverse("indicators:activity_edit", kwargs={"code": indicator.activity.code}),
    ]


@pytest.mark.parametrize("role", ROLES)
def test_manage_views_per_role(role_client, manage_urls, role):
    client = role_client(role)
    for url in manage_urls:
        response = client.get(url)
        if role == "anonymous":
            assert response.status_code == 302
            assert "/accounts/login/" in response["Location"]
        elif role in ALLOWED:
            assert response.status_code == 200, url
        else:
            assert response.status_code == 403, url


@pytest.mark.parametrize("role", ROLES)
def test_public_pages_per_role(role_client, role):
    activity = ActivityFactory()
    client = role_client(role)
    for url in [
        reverse("indicators:activities"),
        reverse("indicators:activity_detail", kwargs={"code": activity.code}),
        reverse("indicators:dashboard"),
        reverse("indicators:export_csv"),
        reverse("indicators:export_xlsx"),
    ]:
        assert client.get(url).status_code == 200, url


def test_staff_without_totp_are_sent_to_set_it_up(make_user, client):
    client.force_login(make_user(role="coordinator", with_totp=False))
    response = client.get(reverse("indicators:manage_list"))
    assert response.status_code == 302
    assert response["Location"] == reverse("core:mfa_required")


def test_creating_a_value_is_post_only_with_csrf(coordinator, media_root):
    from django.test import Client

    indicator = ManualIndicatorFactory()
    client = Client(enforce_csrf_checks=True)
    client.force_login(coordinator)
    response = client.post(
        reverse("indicators:value_create", kwargs={"code": indicator.code}),
        {"value": "1", "as_of": "2026-01-01", "evidence_link": "https://example.org"},
    )
    assert response.status_code == 403
    assert not indicator.manual_values.exists()


def test_access_functions_answer_404(coordinator, member):
    counted = IndicatorFactory(manual_allowed=False)
    manual = ManualIndicatorFactory()
    value = ManualValueFactory(indicator=manual)
    with pytest.raises(Http404):
        access_activity_by_code(member, "9.9.9")
    with pytest.raises(Http404):
        access_manual_indicator_for_manage_by_code(coordinator, counted.code)
    for user in (member, AnonymousUser()):
        with pytest.raises(Http404):
            access_manual_indicator_for_manage_by_code(user, manual.code)
        with pytest.raises(Http404):
            access_manual_value_for_manage_by_id(user, value.pk)
    with pytest.raises(Http404):
        access_manual_value_for_manage_by_id(coordinator, value.pk + 1000)
    assert access_manual_value_for_manage_by_id(coordinator, value.pk) == value


def test_framework_edit_access_is_for_managers_only(coordinator, member):
    activity = ActivityFactory()
    goal = GoalFactory()
    objective = activity.objective
    for user in (member, AnonymousUser()):
        with pytest.raises(Http404):
            access_goal_for_manage_by_id(user, goal.pk)
        with pytest.raises(Http404):
            access_objective_for_manage_by_code(user, objective.code)
        with pytest.raises(Http404):
            access_activity_for_manage_by_code(user, activity.code)
    assert access_goal_for_manage_by_id(coordinator, goal.pk) == goal
    assert access_objective_for_manage_by_code(coordinator, objective.code) == objective
    assert access_activity_for_manage_by_code(coordinator, activity.code) == activity


def test_evidence_without_a_file_is_404(role_client):
    value = ManualValueFactory()
    response = role_client("coordinator").get(
        reverse("indicators:evidence_download", kwargs={"pk": value.pk})
    )
    assert response.status_code == 404


def test_manage_section_is_shown_to_managers_only(make_user):
    from tiltas.core.navigation import manage_sections

    url = reverse("indicators:manage_list")
    for role in Role:
        shown = [section["url"] for section in manage_sections(make_user(role=role))]
        assert (url in shown) == (role in ALLOWED), role
