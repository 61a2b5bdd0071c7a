import datetime
import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, transaction
from django.test import override_settings
from django.utils import translation
from PIL import Image

from tiltas.competencies import services
from tiltas.competencies.models import (
    Evidence,
    EvidenceKind,
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

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "teal").save(buffer, format="PNG")
    return buffer.getvalue()


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


# --- Evidence ------------------------------------------------------------------------


def test_automatic_evidence_is_recorded_once_and_counts_as_validated(member):
    competency = build_framework().competencies.first()
    arguments = {
        "person": member,
        "competency": competency,
        "level": 3,
        "source": "programme_completion",
        "source_ref": "17",
        "occurred_on": datetime.date(2026, 5, 1),
    }
    first = services.evidence_add_automatic(**arguments)
    again = services.evidence_add_automatic(**arguments)
    assert first.pk == again.pk
    assert Evidence.objects.count() == 1
    assert first.kind == EvidenceKind.AUTOMATIC
    assert first.validated_level == 3 and first.validated_by is None
    other = services.evidence_add_automatic(**{**arguments, "source": "event_attendance"})
    assert other.pk != first.pk


def test_the_database_refuses_duplicate_automatic_evidence(member):
    competency = build_framework().competencies.first()
    fields = {
        "person": member,
        "competency": competency,
        "kind": EvidenceKind.AUTOMATIC,
        "source": "programme_completion",
        "source_ref": "1",
        "occurred_on": datetime.date(2026, 1, 1),
        "level_claimed": 2,
    }
    Evidence.objects.create(**fields)
    with pytest.raises(IntegrityError), transaction.atomic():
        Evidence.objects.create(**fields)


def test_an_uploaded_pdf_is_stored_under_a_random_name(member, tmp_path):
    competency = build_framework().competencies.first()
    with override_settings(MEDIA_ROOT=tmp_path):
        evidence = services.evidence_upload(
            person=member,
            competency=competency,
            level_claimed=2,
            title="Report",
            occurred_on=datetime.date(2026, 1, 1),
            upload=SimpleUploadedFile("My report.pdf", PDF, "application/pdf"),
        )
        assert evidence.file.name.startswith("competencies/evidence/")
        assert "report" not in evidence.file.name.lower()
        assert evidence.file_name == "My report.pdf"
        assert evidence.file_type == "application/pdf"
        with evidence.file.open("rb") as stored:
            assert stored.read() == PDF


def test_an_uploaded_png_is_reencoded(member, tmp_path):
    competency = build_framework().competencies.first()
    polyglot = png_bytes() + b"<html><script>alert(1)</script></html>"
    with override_settings(MEDIA_ROOT=tmp_path):
        evidence = services.evidence_upload(
            person=member,
            competency=competency,
            level_claimed=2,
            title="Photo",
            occurred_on=datetime.date(2026, 1, 1),
            upload=SimpleUploadedFile("photo.png", polyglot, "image/png"),
        )
        with evidence.file.open("rb") as stored:
            assert b"<script" not in stored.read()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("page.html", b"<html><script>alert(1)</script></html>"),
        ("drawing.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>'),
        ("report.pdf", b""),
        ("report.png", PDF),  # the name must agree with the content
        ("archive.zip", b"PK\x03\x04" + b"\x00" * 40),
        ("program.exe", b"MZ" + b"\x00" * 100),
    ],
)
def test_other_files_are_refused(member, tmp_path, name, content):
    competency = build_framework().competencies.first()
    with override_settings(MEDIA_ROOT=tmp_path), pytest.raises(ValidationError):
        services.evidence_upload(
            person=member,
            competency=competency,
            level_claimed=2,
            title="x",
            occurred_on=datetime.date(2026, 1, 1),
            upload=SimpleUploadedFile(name, content),
        )
    assert not Evidence.objects.exists()


def test_an_oversized_file_is_refused(member, tmp_path):
    competency = build_framework().competencies.first()
    with (
        override_settings(MEDIA_ROOT=tmp_path, TILTAS_UPLOAD_MAX_BYTES=len(PDF) - 1),
        pytest.raises(ValidationError) as error,
    ):
        services.evidence_upload(
            person=member,
            competency=competency,
            level_claimed=2,
            title="x",
            occurred_on=datetime.date(2026, 1, 1),
            upload=SimpleUploadedFile("r.pdf", PDF),
        )
    assert error.value.code == "too_large"


def test_evidence_needs_a_file_or_a_link_not_both(member):
    competency = build_framework().competencies.first()
    common = {
        "person": member,
        "competency": competency,
        "level_claimed": 2,
        "title": "x",
        "occurred_on": datetime.date(2026, 1, 1),
    }
    with pytest.raises(ValidationError):
        services.evidence_upload(**common)
    with pytest.raises(ValidationError):
        services.evidence_upload(
            **common, link="https://example.org", upload=SimpleUploadedFile("r.pdf", PDF)
        )
    assert services.evidence_upload(**common, link="https://example.org/x").link


def test_a_trainer_validates_evidence_with_a_level_and_a_comment(trainer):
    evidence = EvidenceFactory(competency=build_framework().competencies.first())
    services.evidence_validate(evidence=evidence, actor=trainer, level=3, comment="Convincing")
    evidence.refresh_from_db()
    assert (evidence.validated_level, evidence.validated_by, evidence.comment) == (
        3,
        trainer,
        "Convincing",
    )
    entry = AuditEntry.objects.get(action="competencies.evidence.validated")
    assert entry.actor == trainer and "validated_level" in entry.changed_fields


def test_validation_is_refused_to_members_to_the_owner_and_off_the_scale(member, trainer):
    competency = build_framework().competencies.first()
    evidence = EvidenceFactory(competency=competency)
    with pytest.raises(ValidationError):
        services.evidence_validate(evidence=evidence, actor=member, level=2, comment="x")
    with pytest.raises(ValidationError):
        services.evidence_validate(evidence=evidence, actor=trainer, level=9, comment="x")
    own = EvidenceFactory(competency=competency, person=trainer)
    with pytest.raises(ValidationError):
        services.evidence_validate(evidence=own, actor=trainer, level=2, comment="x")
    evidence.refresh_from_db()
    assert evidence.validated_level is None


def test_deleting_evidence_removes_its_file_after_commit(
    member, tmp_path, django_capture_on_commit_callbacks
):
    competency = build_framework().competencies.first()
    with override_settings(MEDIA_ROOT=tmp_path):
        evidence = services.evidence_upload(
            person=member,
            competency=competency,
            level_claimed=2,
            title="x",
            occurred_on=datetime.date(2026, 1, 1),
            upload=SimpleUploadedFile("r.pdf", PDF),
        )
        path = tmp_path / evidence.file.name
        assert path.exists()
        with django_capture_on_commit_callbacks(execute=True):
            services.evidence_delete(evidence=evidence, actor=member)
        assert not path.exists()
    assert not Evidence.objects.exists()


def test_validated_evidence_cannot_be_deleted(member, trainer):
    evidence = EvidenceFactory(person=member, competency=build_framework().competencies.first())
    services.evidence_validate(evidence=evidence, actor=trainer, level=2, comment="ok")
    with pytest.raises(ValidationError):
        services.evidence_delete(evidence=evidence, actor=member)


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
