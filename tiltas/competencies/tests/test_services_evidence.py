"""Evidence: automatic, uploaded, validated, deleted."""

import datetime
import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, transaction
from django.test import override_settings
from PIL import Image

from tiltas.competencies import services
from tiltas.competencies.models import (
    Evidence,
    EvidenceKind,
)
from tiltas.core.models import AuditEntry

from .factories import (
    EvidenceFactory,
    build_framework,
)

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "teal").save(buffer, format="PNG")
    return buffer.getvalue()


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
