"""Authoring, material sets, the lifelong-learning record and stored files."""

from decimal import Decimal
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings

from tiltas.core.models import AuditEntry
from tiltas.learning import services
from tiltas.learning.models import (
    ExternalLearning,
    MaterialVersion,
    Module,
    QuestionKind,
    Status,
)

from .factories import (
    PDF_BYTES,
    PNG_BYTES,
    EnrolmentFactory,
    LessonFactory,
    ModuleFactory,
    ProgrammeFactory,
    QuizFactory,
    course,
    pdf_upload,
)
from .helpers import raises_code

pytestmark = pytest.mark.django_db


def test_trainer_creating_a_programme_teaches_it(trainer):
    programme = services.programme_create(
        actor=trainer,
        data={
            "slug": "new-one",
            "title_lt": "Nauja",
            "title_en": "New",
            "title_nb": "Ny",
            "activity": "1.2.1",
            "hours": Decimal(8),
            "language": "lt",
        },
    )
    assert list(programme.trainers.all()) == [trainer]
    assert programme.status == Status.DRAFT
    assert AuditEntry.objects.filter(action="learning.programme.created").exists()


def test_publish_needs_a_lesson(coordinator):
    programme = ProgrammeFactory(status=Status.DRAFT, published_at=None)
    with pytest.raises(ValidationError):
        services.programme_publish(programme=programme, actor=coordinator)
    LessonFactory(module=ModuleFactory(programme=programme))
    programme = services.programme_publish(programme=programme, actor=coordinator)
    assert programme.status == Status.PUBLISHED and programme.published_at
    programme = services.programme_archive(programme=programme, actor=coordinator)
    assert programme.status == Status.ARCHIVED


def test_module_move_up_and_down(coordinator):
    programme = ProgrammeFactory()
    first = services.module_create(programme=programme, actor=coordinator, data={"title_lt": "A"})
    second = services.module_create(programme=programme, actor=coordinator, data={"title_lt": "B"})
    services.module_move(module=second, actor=coordinator, direction="up")
    assert list(programme.modules.order_by("order").values_list("pk", flat=True)) == [
        second.pk,
        first.pk,
    ]
    services.module_move(module=second, actor=coordinator, direction="up")  # already first
    services.module_move(module=second, actor=coordinator, direction="down")
    assert list(Module.objects.order_by("order").values_list("pk", flat=True)) == [
        first.pk,
        second.pk,
    ]


def test_lesson_move(coordinator):
    module = ModuleFactory()
    a = LessonFactory(module=module, order=1)
    b = LessonFactory(module=module, order=1)  # equal orders are renumbered
    services.lesson_move(lesson=a, actor=coordinator, direction="down")
    assert list(module.lessons.order_by("order").values_list("pk", flat=True)) == [b.pk, a.pk]


def test_question_validation(coordinator):
    quiz = QuizFactory()
    with pytest.raises(ValidationError):
        services.question_create(
            quiz=quiz,
            actor=coordinator,
            data={"kind": QuestionKind.SINGLE, "text_lt": "?"},
            options=[{"text_lt": "A", "correct": True}, {"text_lt": "B", "correct": True}],
        )
    with pytest.raises(ValidationError):
        services.question_create(
            quiz=quiz, actor=coordinator, data={"kind": QuestionKind.SHORT, "text_lt": "?"}
        )
    question = services.question_create(
        quiz=quiz,
        actor=coordinator,
        data={"kind": QuestionKind.TRUE_FALSE, "text_lt": "Ar?"},
        true_answer=False,
    )
    assert [(o.text_en, o.correct) for o in question.options.all()] == [
        ("True", False),
        ("False", True),
    ]


def test_question_update_replaces_options(coordinator):
    quiz = QuizFactory()
    question = services.question_create(
        quiz=quiz,
        actor=coordinator,
        data={"kind": QuestionKind.SINGLE, "text_lt": "?"},
        options=[{"text_lt": "A", "correct": True}, {"text_lt": "B"}],
    )
    a = question.options.get(text_lt="A")
    services.question_update(
        question=question,
        actor=coordinator,
        data={"text_lt": "Changed"},
        options=[{"id": a.pk, "text_lt": "A2", "correct": True}, {"text_lt": "C"}],
    )
    assert sorted(question.options.values_list("text_lt", flat=True)) == ["A2", "C"]


# --- Materials --------------------------------------------------------------------


def test_material_versions_keep_old_ones(coordinator):
    programme = ProgrammeFactory()
    material_set = services.material_set_update(
        programme=programme, actor=coordinator, title={"lt": "Rinkinys"}, description={}
    )
    material = services.material_create(
        material_set=material_set,
        actor=coordinator,
        title={"lt": "Vadovas", "en": "Guide"},
        language="lt",
        kind="handbook",
        upload=pdf_upload("../../etc/passwd.pdf"),
    )
    first = material.current_version
    assert first.number == 1 and first.extension == "pdf"
    assert "passwd" not in first.file.name and first.file.name.endswith(".pdf")
    second = services.material_version_add(
        material=material,
        actor=coordinator,
        upload=SimpleUploadedFile("picture.png", PNG_BYTES),
    )
    material.refresh_from_db()
    assert material.current_version == second and second.number == 2
    assert MaterialVersion.objects.filter(material=material).count() == 2
    services.material_download_count(version=second)
    services.material_download_count(version=second)
    second.refresh_from_db()
    material.refresh_from_db()
    assert second.download_count == 2 and material.download_count == 2


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("page.html", b"<html><script>alert(1)</script></html>"),
        ("drawing.svg", b"<svg xmlns='http://www.w3.org/2000/svg'></svg>"),
        ("fake.pdf", b"just text pretending to be a pdf"),
        ("empty.pdf", b""),
        ("archive.zip", b"PK\x03\x04" + b"\x00" * 100),
        ("polyglot.svg", PNG_BYTES + b"<script>alert(1)</script>"),
    ],
)
def test_uploads_outside_the_allowlist_refused(coordinator, name, content):
    lesson = LessonFactory()
    with pytest.raises(ValidationError):
        services.lesson_attachment_add(
            lesson=lesson, actor=coordinator, title="x", upload=SimpleUploadedFile(name, content)
        )
    assert not lesson.attachments.exists()


@override_settings(TILTAS_UPLOAD_MAX_BYTES=100)
def test_oversize_upload_refused(coordinator):
    with raises_code("too_large"):
        services.lesson_attachment_add(
            lesson=LessonFactory(),
            actor=coordinator,
            title="x",
            upload=SimpleUploadedFile("big.pdf", PDF_BYTES + b"0" * 200),
        )


def test_material_set_publish_needs_a_file(coordinator):
    programme = ProgrammeFactory()
    material_set = services.material_set_update(
        programme=programme, actor=coordinator, title={"lt": "R"}, description={}
    )
    with pytest.raises(ValidationError):
        services.material_set_publish(material_set=material_set, actor=coordinator, publish=True)
    services.material_create(
        material_set=material_set,
        actor=coordinator,
        title={"lt": "F"},
        language="lt",
        kind="handbook",
        upload=pdf_upload(),
    )
    services.material_set_publish(material_set=material_set, actor=coordinator, publish=True)
    assert material_set.status == Status.PUBLISHED and material_set.published_at


# --- Lifelong-learning record --------------------------------------------------


def test_external_learning_create_update_delete(member, django_capture_on_commit_callbacks):
    entry = services.external_learning_create(
        person=member,
        data={
            "title": "Design thinking",
            "provider": "KTU",
            "completed_on": "2026-03-01",
            "hours": Decimal(6),
        },
        evidence=pdf_upload("certificate.pdf"),
    )
    assert entry.evidence_name == "certificate.pdf"
    path = entry.evidence_file.name
    assert entry.evidence_file.storage.exists(path)
    services.external_learning_update(entry=entry, data={"hours": Decimal(7)}, actor=member)
    entry.refresh_from_db()
    assert entry.hours == Decimal(7)
    with pytest.raises(ValidationError):
        services.external_learning_update(
            entry=entry, data={}, actor=member, evidence=SimpleUploadedFile("x.html", b"<p>")
        )
    storage = entry.evidence_file.storage
    assert storage.exists(path)
    with django_capture_on_commit_callbacks(execute=True):
        services.external_learning_delete(entry=entry, actor=member)
    assert not storage.exists(path)


# --- Files follow the transaction ---------------------------------------------------


def stored_files() -> set[str]:
    from django.conf import settings

    root = Path(settings.MEDIA_ROOT)
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}


def fail_on_audit(*args, **kwargs):
    raise RuntimeError("the transaction fails after the file was stored")


def external_entry(person) -> ExternalLearning:
    return services.external_learning_create(
        person=person,
        data={"title": "Kursai", "provider": "VU", "completed_on": "2026-03-01", "hours": 2},
        evidence=pdf_upload("old.pdf"),
    )


def test_replaced_evidence_is_deleted_only_after_commit(member, django_capture_on_commit_callbacks):
    entry = external_entry(member)
    old = entry.evidence_file.name
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services.external_learning_update(
            entry=entry, data={}, actor=member, evidence=pdf_upload("new.pdf")
        )
    new = entry.evidence_file.name
    assert stored_files() == {old, new}  # nothing deleted before the commit
    for callback in callbacks:
        callback()
    assert stored_files() == {new}


def test_a_failed_evidence_update_keeps_the_old_file_and_removes_the_new(member, monkeypatch):
    entry = external_entry(member)
    old = entry.evidence_file.name
    monkeypatch.setattr("tiltas.learning.services.record.audit_record", fail_on_audit)
    with pytest.raises(RuntimeError):
        services.external_learning_update(
            entry=ExternalLearning.objects.get(pk=entry.pk),
            data={},
            actor=member,
            evidence=pdf_upload("new.pdf"),
        )
    assert stored_files() == {old}
    assert ExternalLearning.objects.get(pk=entry.pk).evidence_file.name == old


def test_a_failed_material_version_leaves_no_file(coordinator, monkeypatch):
    programme = ProgrammeFactory()
    material_set = services.material_set_update(
        programme=programme, actor=coordinator, title={"lt": "Rinkinys"}, description={}
    )
    material = services.material_create(
        material_set=material_set,
        actor=coordinator,
        title={"lt": "Vadovas"},
        language="lt",
        kind="handbook",
        upload=pdf_upload(),
    )
    before = stored_files()
    monkeypatch.setattr("tiltas.learning.services.materials.audit_record", fail_on_audit)
    with pytest.raises(RuntimeError):
        services.material_version_add(material=material, actor=coordinator, upload=pdf_upload())
    assert stored_files() == before
    assert MaterialVersion.objects.filter(material=material).count() == 1


def test_learners_export_returns_rows_and_records_the_export(coordinator):
    programme, _module, lessons, _quiz = course(lessons=1)
    learner = EnrolmentFactory(programme=programme).person
    services.lesson_complete(lesson=lessons[0], person=learner)
    rows = services.learners_export(programme=programme, actor=coordinator)
    assert [(row.enrolment.person, row.lessons_done) for row in rows] == [(learner, 1)]
    entry = AuditEntry.objects.get(action="learning.learners.exported")
    assert entry.actor == coordinator
