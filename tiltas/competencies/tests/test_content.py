import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from tiltas.competencies import services
from tiltas.competencies.content import SLUG, TARGET_PROFILES, load_project
from tiltas.competencies.models import (
    Area,
    Competency,
    Framework,
    FrameworkStatus,
    LevelDescriptor,
    TargetLevel,
    TargetProfile,
)
from tiltas.competencies.services import framework_problems
from tiltas.core.models import AuditEntry
from tiltas.core.tests.form_data import translated_form_data

from .view_helpers import client_for, url

pytestmark = pytest.mark.django_db


def test_the_project_framework_is_loaded_complete_and_published():
    load_project()
    framework = Framework.objects.get(slug=SLUG)
    assert framework.status == FrameworkStatus.PUBLISHED
    assert framework.published_at is not None
    assert framework.areas.count() == 5
    assert framework.competencies.count() == 15
    assert framework.levels.count() == 4
    assert framework_problems(framework) == []
    for descriptor in LevelDescriptor.objects.filter(competency__framework=framework):
        assert descriptor.text_lt and descriptor.text_en and descriptor.text_nb
    for model, fields in ((Area, ("name",)), (Competency, ("name", "description"))):
        for obj in model.objects.filter(framework=framework):
            for field in fields:
                for code in ("lt", "en", "nb"):
                    assert getattr(obj, f"{field}_{code}"), (obj.code, field, code)


def test_the_named_competencies_are_there():
    load_project()
    names = set(Competency.objects.values_list("name_en", flat=True))
    for expected in (
        "Cross-sector partnership building",
        "Network governance",
        "Social innovation design",
        "Stakeholder engagement",
        "Collaborative financing",
        "Public-value measurement",
        "Integrity in cooperation",
        "Digital collaboration",
    ):
        assert expected in names


def test_target_profiles_cover_every_competency():
    load_project()
    assert TargetProfile.objects.count() == 3
    for profile in TargetProfile.objects.all():
        assert profile.name_lt and profile.name_en and profile.name_nb
        assert TargetLevel.objects.filter(profile=profile).count() == 15


def test_loading_twice_changes_nothing():
    load_project()
    counts = (Framework.objects.count(), Competency.objects.count(), TargetLevel.objects.count())
    published_at = Framework.objects.get().published_at
    load_project()
    assert counts == (
        Framework.objects.count(),
        Competency.objects.count(),
        TargetLevel.objects.count(),
    )
    assert Framework.objects.get().published_at == published_at


def test_the_model_is_published_through_the_service_with_an_audit_entry():
    load_project()
    entry = AuditEntry.objects.get(action="competencies.framework.published")
    assert entry.actor is None and entry.object_id == str(Framework.objects.get().pk)


def load_project_command() -> None:
    call_command("load_project", stdout=io.StringIO())


def profile_form(profile: TargetProfile, **changes: str) -> dict[str, str]:
    data = translated_form_data(profile, ("name", "description"), order=str(profile.order))
    for row in profile.levels.all():
        data[f"target_{row.competency_id}"] = str(row.level)
    return data | changes


def test_a_target_profile_a_coordinator_edited_survives_load_project(coordinator):
    load_project_command()
    profile = TargetProfile.objects.get(slug="ngo-project-manager")
    a1, a2 = (Competency.objects.get(code=code) for code in ("A1", "A2"))
    form = profile_form(
        profile,
        name_en="NGO project lead",
        **{f"target_{a1.pk}": "1", f"target_{a2.pk}": ""},  # A2: not required any more
    )
    response = client_for(coordinator).post(url("manage_profile_edit", pk=profile.pk), form)
    assert response.status_code == 302
    load_project_command()
    profile.refresh_from_db()
    assert profile.name_en == "NGO project lead"
    assert profile.name_lt == TARGET_PROFILES["ngo-project-manager"][0][0]
    levels = dict(profile.levels.values_list("competency__code", "level"))
    assert levels["A1"] == 1 and "A2" not in levels
    assert len(levels) == 14


def test_what_nobody_edited_follows_the_shipped_content(monkeypatch):
    load_project_command()
    names, descriptions, levels = TARGET_PROFILES["state-policy-officer"]
    newer = (names, (descriptions[0], "A newer description.", descriptions[2]), levels | {"A1": 4})
    monkeypatch.setitem(TARGET_PROFILES, "state-policy-officer", newer)
    load_project_command()
    profile = TargetProfile.objects.get(slug="state-policy-officer")
    assert profile.description_en == "A newer description."
    assert profile.levels.get(competency__code="A1").level == 4


def test_a_model_coordinators_took_on_as_a_new_version_is_left_to_them(coordinator):
    load_project()
    first = Framework.objects.get(slug=SLUG)
    second = services.framework_create_version(source=first, actor=coordinator)
    competency = second.competencies.get(code="A1")
    services.competency_update(
        competency=competency, actor=coordinator, data={"name_en": "Partnering"}, descriptors={}
    )
    services.framework_publish(framework=second, actor=coordinator)
    load_project_command()
    assert list(Framework.objects.values_list("version", "status")) == [
        (2, FrameworkStatus.PUBLISHED),
        (1, FrameworkStatus.ARCHIVED),
    ]
    assert second.competencies.get(code="A1").name_en == "Partnering"
    # The profiles follow the published version.
    assert TargetLevel.objects.filter(competency__framework=second).count() == 45
    with translation.override("en"):
        html = client_for(None).get(reverse("competencies:framework")).content.decode()
    assert "Partnering" in html
