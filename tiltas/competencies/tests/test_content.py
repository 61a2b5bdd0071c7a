import pytest

from tiltas.competencies.content import SLUG, load_project
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
