import datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, transaction
from django.test import override_settings
from django.utils import translation

from tiltas.competencies import services
from tiltas.competencies.models import (
    Evidence,
    Framework,
    FrameworkStatus,
    LevelDescriptor,
    SelfAssessment,
    TargetLevel,
)
from tiltas.core.models import AuditEntry
from tiltas.indicators.registry import measure

from .factories import (
    EvidenceFactory,
    TargetProfileFactory,
    assess,
    build_framework,
    target,
)
from .view_helpers import PDF

pytestmark = pytest.mark.django_db

# --- Frameworks ------------------------------------------------------------------


def test_publishing_archives_the_version_published_before(coordinator):
    first = build_framework(slug="model")
    draft = services.framework_create_version(source=first, actor=coordinator)
    services.framework_publish(framework=draft, actor=coordinator)
    first.refresh_from_db()
    draft.refresh_from_db()
    assert first.status == FrameworkStatus.ARCHIVED
    assert draft.status == FrameworkStatus.PUBLISHED and draft.published_at
    assert AuditEntry.objects.filter(action="competencies.framework.published").exists()


def test_two_published_versions_of_one_framework_are_refused_by_the_database():
    build_framework(slug="model")
    with pytest.raises(IntegrityError), transaction.atomic():
        Framework.objects.create(slug="model", version=2, title="x", status="published")


def test_a_draft_with_a_missing_descriptor_cannot_be_published(coordinator):
    draft = build_framework(published=False)
    LevelDescriptor.objects.filter(competency__framework=draft, level=4).first().delete()
    with translation.override("en"), pytest.raises(ValidationError) as error:
        services.framework_publish(framework=draft, actor=coordinator)
    assert error.value.messages == ["A1 has no descriptor for level 4."]
    draft.refresh_from_db()
    assert draft.status == FrameworkStatus.DRAFT


def test_a_new_version_copies_everything_and_its_target_levels(coordinator):
    source = build_framework(areas=2, per_area=2)
    profile = TargetProfileFactory()
    target(profile, source.competencies.get(code="A1"), 3)
    copy = services.framework_create_version(source=source, actor=coordinator)
    assert copy.version == 2 and copy.status == FrameworkStatus.DRAFT
    assert copy.title_en == source.title_en
    assert copy.levels.count() == 4
    assert sorted(copy.areas.values_list("code", flat=True)) == ["A", "B"]
    assert copy.competencies.count() == 4
    assert LevelDescriptor.objects.filter(competency__framework=copy).count() == 16
    copied = TargetLevel.objects.get(profile=profile, competency__framework=copy)
    assert (copied.competency.code, copied.level) == ("A1", 3)
    with pytest.raises(ValidationError):
        services.framework_create_version(source=source, actor=coordinator)


def test_published_frameworks_do_not_change(coordinator):
    published = build_framework()
    with pytest.raises(ValidationError):
        services.area_create(
            framework=published, actor=coordinator, data={"code": "Z", "name_lt": "Z"}
        )
    with pytest.raises(ValidationError):
        services.framework_update(framework=published, actor=coordinator, data={"title_lt": "X"})


def test_competency_codes_are_unique_within_a_framework(coordinator):
    draft = build_framework(published=False)
    area = draft.areas.first()
    with pytest.raises(ValidationError) as error:
        services.competency_create(
            framework=draft,
            actor=coordinator,
            data={"area": area, "code": "A1", "name_lt": "Kita"},
            descriptors={},
        )
    assert error.value.code == "duplicate_code"


def test_a_competency_is_created_with_its_descriptors(coordinator):
    draft = build_framework(published=False, areas=1, per_area=0)
    competency = services.competency_create(
        framework=draft,
        actor=coordinator,
        data={"area": draft.areas.get(), "code": "N1", "name_lt": "Nauja", "name_en": "New"},
        descriptors={n: {"lt": f"lt {n}", "en": f"en {n}", "nb": f"nb {n}"} for n in (1, 2, 3, 4)},
    )
    assert competency.framework == draft
    assert list(competency.descriptors.values_list("level", "text_nb")) == [
        (1, "nb 1"),
        (2, "nb 2"),
        (3, "nb 3"),
        (4, "nb 4"),
    ]
    with pytest.raises(ValidationError):
        services.competency_update(
            competency=competency,
            actor=coordinator,
            data={},
            descriptors={7: {"lt": "no such level"}},
        )


def test_the_counter_is_one_once_a_framework_is_published(coordinator):
    assert measure("competencies.framework_published", {}).value == 0
    draft = build_framework(published=False)
    assert measure("competencies.framework_published", {}).value == 0
    services.framework_publish(framework=draft, actor=coordinator)
    assert measure("competencies.framework_published", {}).value == 1
    before = datetime.date(2000, 1, 1)
    assert measure("competencies.framework_published", {}, end=before).value == 0


# --- Self-assessment ---------------------------------------------------------------


def test_every_self_assessment_is_kept(member):
    framework = build_framework()
    competency = framework.competencies.get(code="A1")
    services.self_assessment_submit(
        person=member,
        framework=framework,
        levels={competency: (1, "")},
        on=datetime.date(2025, 1, 1),
    )
    services.self_assessment_submit(
        person=member, framework=framework, levels={competency: (3, "Led a partnership")}
    )
    assert SelfAssessment.objects.filter(person=member).count() == 2
    assert AuditEntry.objects.filter(action="competencies.self_assessment.submitted").count() == 2


def test_a_level_outside_the_scale_or_a_draft_framework_is_refused(member):
    framework = build_framework()
    competency = framework.competencies.first()
    with pytest.raises(ValidationError):
        services.self_assessment_submit(
            person=member, framework=framework, levels={competency: (5, "")}
        )
    draft = build_framework(published=False)
    with pytest.raises(ValidationError):
        services.self_assessment_submit(
            person=member, framework=draft, levels={draft.competencies.first(): (1, "")}
        )
    with pytest.raises(ValidationError):
        services.self_assessment_submit(
            person=member, framework=framework, levels={draft.competencies.first(): (1, "")}
        )


# --- Target profiles and personal data -----------------------------------------------


def test_target_profile_levels_are_saved_and_cleared(coordinator):
    framework = build_framework()
    a1, a2 = framework.competencies.filter(code__in=["A1", "A2"]).order_by("code")
    profile = services.target_profile_create(
        actor=coordinator, data={"slug": "head", "name_lt": "Vedėjas"}, levels={a1: 3, a2: 2}
    )
    services.target_profile_update(
        profile=profile, actor=coordinator, data={"name_en": "Head"}, levels={a1: 4, a2: None}
    )
    assert dict(profile.levels.values_list("competency__code", "level")) == {"A1": 4}
    with pytest.raises(ValidationError):
        services.target_profile_update(profile=profile, actor=coordinator, data={}, levels={a1: 9})


def test_personal_data_is_exported_and_erased(member, trainer, tmp_path):
    framework = build_framework()
    assess(member, framework, {"A1": 2})
    services.profile_choose(person=member, profile=TargetProfileFactory(slug="head"))
    with override_settings(MEDIA_ROOT=tmp_path):
        evidence = services.evidence_upload(
            person=member,
            competency=framework.competencies.first(),
            level_claimed=2,
            title="Mine",
            occurred_on=datetime.date(2026, 1, 1),
            upload=SimpleUploadedFile("r.pdf", PDF),
        )
        validated_by_member = EvidenceFactory(competency=framework.competencies.first())
        Evidence.objects.filter(pk=validated_by_member.pk).update(validated_by=member)
        exported = services.person_data_export(member)
        assert exported["target_profile"] == "head"
        assert exported["self_assessments"][0]["levels"] == [
            {"competency": "A1", "level": 2, "note": ""}
        ]
        assert exported["evidence"][0]["title"] == "Mine"
        path = tmp_path / evidence.file.name
        services.person_data_erase(member)
        from django.db import connection

        for callback in connection.run_on_commit:
            callback[1]()
    assert not SelfAssessment.objects.filter(person=member).exists()
    assert not Evidence.objects.filter(person=member).exists()
    assert Evidence.objects.get(pk=validated_by_member.pk).validated_by is None
    assert not path.exists()
