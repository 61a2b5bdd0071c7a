from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings

from tiltas.accounts.tests.factories import OrganisationFactory, UserFactory
from tiltas.core.models import AuditEntry
from tiltas.learning import services
from tiltas.learning.models import (
    Attempt,
    AttemptAnswer,
    Completion,
    Enrolment,
    EnrolmentSource,
    ExternalLearning,
    LessonProgress,
    MaterialVersion,
    Module,
    ProgrammeCompetency,
    QuestionKind,
    Status,
)

from .factories import (
    PDF_BYTES,
    PNG_BYTES,
    EnrolmentFactory,
    LessonFactory,
    ModuleFactory,
    OptionFactory,
    ProgrammeFactory,
    QuestionFactory,
    QuizFactory,
    competency,
    course,
    pdf_upload,
    single_choice,
)

pytestmark = pytest.mark.django_db


@contextmanager
def raises_code(code: str):
    """Refusals are checked by their code: the messages are translated."""
    with pytest.raises(ValidationError) as caught:
        yield caught
    assert caught.value.code == code


# --- Enrolment ----------------------------------------------------------------


def test_self_enrolment_in_open_published_programme(member):
    programme = ProgrammeFactory()
    enrolment = services.enrolment_self(programme=programme, person=member)
    assert enrolment.source == EnrolmentSource.SELF
    # Enrolling again keeps the one enrolment.
    assert services.enrolment_self(programme=programme, person=member) == enrolment
    assert Enrolment.objects.count() == 1
    assert AuditEntry.objects.filter(action="learning.enrolment.created").count() == 1


@pytest.mark.parametrize(
    "kwargs", [{"status": Status.DRAFT, "published_at": None}, {"enrolment_open": False}]
)
def test_self_enrolment_refused_when_not_open(member, kwargs):
    programme = ProgrammeFactory(**kwargs)
    with pytest.raises(ValidationError):
        services.enrolment_self(programme=programme, person=member)
    assert not Enrolment.objects.exists()


def test_bulk_enrolment_by_emails(coordinator):
    programme = ProgrammeFactory()
    alice = UserFactory(email="alice@example.org")
    bob = UserFactory(email="bob@example.org")
    EnrolmentFactory(programme=programme, person=bob)
    result = services.enrolment_bulk_by_emails(
        programme=programme,
        emails="Alice@example.org, bob@example.org\nnobody@example.org",
        actor=coordinator,
    )
    assert result.enrolled == ["alice@example.org"]
    assert result.already == ["bob@example.org"]
    assert result.unknown == ["nobody@example.org"]
    enrolment = Enrolment.objects.get(person=alice)
    assert enrolment.source == EnrolmentSource.COORDINATOR


def test_people_enrolled_by_someone_else_get_an_email(
    coordinator, member, django_capture_on_commit_callbacks
):
    from django.core import mail

    programme = ProgrammeFactory(title="Klasterių pagrindai", title_en="Cluster basics")
    member.preferred_language = "en"
    member.save()
    with django_capture_on_commit_callbacks(execute=True):
        services.enrolment_bulk_by_emails(
            programme=programme, emails=member.email, actor=coordinator
        )
        services.enrolment_self(programme=ProgrammeFactory(), person=UserFactory())
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [member.email]
    assert "Cluster basics" in message.subject
    assert f"/en/programmes/{programme.slug}/learn/" in message.body


def test_bulk_enrolment_rejects_bad_address_whole(coordinator):
    programme = ProgrammeFactory()
    UserFactory(email="alice@example.org")
    with raises_code("invalid"):
        services.enrolment_bulk_by_emails(
            programme=programme, emails="alice@example.org not-an-address", actor=coordinator
        )
    assert not Enrolment.objects.exists()


def test_bulk_enrolment_from_organisation(coordinator):
    programme = ProgrammeFactory()
    organisation = OrganisationFactory()
    people = UserFactory.create_batch(3, organisation=organisation)
    UserFactory(organisation=organisation, is_active=False)
    UserFactory()  # another organisation
    result = services.enrolment_bulk_from_organisation(
        programme=programme, organisation=organisation, actor=coordinator
    )
    assert sorted(result.enrolled) == sorted(p.email for p in people)
    assert Enrolment.objects.count() == 3


def test_event_enrolment_source(member, coordinator):
    programme = ProgrammeFactory()
    enrolment, created = services.enrolment_add(
        programme=programme, person=member, source=EnrolmentSource.EVENT, actor=coordinator
    )
    assert created and enrolment.source == "event"


# --- Progress and completion ----------------------------------------------------


def test_lesson_view_and_complete_need_enrolment(member):
    _programme, _module, lessons, _quiz = course(lessons=1, with_quiz=False)
    assert services.lesson_view(lesson=lessons[0], person=member) is None
    assert services.lesson_complete(lesson=lessons[0], person=member) is None
    assert not LessonProgress.objects.exists()


def test_completion_after_lessons_and_quiz_with_evidence(member):
    from tiltas.competencies.models import Evidence

    programme, _module, lessons, quiz = course(lessons=2, hours=Decimal("16.0"))
    optional = LessonFactory(module=lessons[0].module, required=False)
    skill = competency("SC-1")
    ProgrammeCompetency.objects.create(programme=programme, competency=skill, target_level=3)
    question, right, _wrong = single_choice(quiz)
    EnrolmentFactory(programme=programme, person=member)

    for lesson in lessons:
        services.lesson_view(lesson=lesson, person=member)
        services.lesson_complete(lesson=lesson, person=member)
    assert not Completion.objects.exists()  # the quiz is not passed yet

    attempt = services.attempt_start(quiz=quiz, person=member)
    services.attempt_submit(attempt=attempt, answers={question.pk: [right.pk]}, actor=member)

    completion = Completion.objects.get(person=member, programme=programme)
    assert completion.hours == Decimal("16.0")
    evidence = Evidence.objects.get(person=member, competency=skill)
    assert evidence.source_ref == str(completion.pk)
    assert LessonProgress.objects.filter(lesson=optional).count() == 0
    # Further calls keep the one completion and the one evidence.
    services.lesson_complete(lesson=lessons[0], person=member)
    assert Completion.objects.count() == 1 and Evidence.objects.count() == 1


def test_completed_lesson_keeps_its_first_completion_time(member):
    programme, _module, lessons, _quiz = course(lessons=1, with_quiz=True)
    EnrolmentFactory(programme=programme, person=member)
    first = services.lesson_complete(lesson=lessons[0], person=member)
    again = services.lesson_complete(lesson=lessons[0], person=member)
    assert first.completed_at == again.completed_at
    assert AuditEntry.objects.filter(action="learning.lesson.completed").count() == 1


# --- Quiz attempts ------------------------------------------------------------------


@pytest.fixture
def enrolled_quiz(member):
    programme, _module, _lessons, quiz = course(lessons=1)
    EnrolmentFactory(programme=programme, person=member)
    q1, right, wrong = single_choice(quiz)
    return quiz, q1, right, wrong


def test_attempt_start_needs_enrolment(member):
    quiz = QuizFactory()
    with raises_code("enrol"):
        services.attempt_start(quiz=quiz, person=member)


def test_open_attempt_is_reused(member, enrolled_quiz):
    quiz, *_ = enrolled_quiz
    first = services.attempt_start(quiz=quiz, person=member)
    assert services.attempt_start(quiz=quiz, person=member) == first
    assert first.number == 1


def test_attempts_past_the_limit_refused(member, enrolled_quiz):
    quiz, question, _right, wrong = enrolled_quiz
    quiz.attempt_limit = 2
    quiz.save()
    for _ in range(2):
        attempt = services.attempt_start(quiz=quiz, person=member)
        services.attempt_submit(attempt=attempt, answers={question.pk: [wrong.pk]}, actor=member)
    with raises_code("limit"):
        services.attempt_start(quiz=quiz, person=member)
    assert Attempt.objects.count() == 2


def test_submit_scores_and_passes(member, enrolled_quiz):
    quiz, q1, right, _wrong = enrolled_quiz
    q2, _right2, wrong2 = single_choice(quiz, text="Second")
    attempt = services.attempt_start(quiz=quiz, person=member)
    done = services.attempt_submit(
        attempt=attempt, answers={q1.pk: [right.pk], q2.pk: [wrong2.pk]}, actor=member
    )
    assert done.score == Decimal("50.00")
    assert done.passed  # passing grade 50 %
    assert done.submitted_at is not None
    assert AttemptAnswer.objects.filter(attempt=done, correct=True).count() == 1


def test_unanswered_question_counts_as_wrong(member, enrolled_quiz):
    quiz, *_ = enrolled_quiz
    attempt = services.attempt_start(quiz=quiz, person=member)
    done = services.attempt_submit(attempt=attempt, answers={}, actor=member)
    assert done.score == Decimal("0.00") and not done.passed


def test_double_submit_counts_once(member, enrolled_quiz):
    quiz, question, right, wrong = enrolled_quiz
    attempt = services.attempt_start(quiz=quiz, person=member)
    first = services.attempt_submit(
        attempt=attempt, answers={question.pk: [wrong.pk]}, actor=member
    )
    second = services.attempt_submit(
        attempt=attempt, answers={question.pk: [right.pk]}, actor=member
    )
    assert second.score == first.score == Decimal("0.00")
    assert not second.passed
    assert AttemptAnswer.objects.filter(attempt=attempt).count() == 1
    assert AuditEntry.objects.filter(action="learning.attempt.submitted").count() == 1


def test_submit_refuses_question_of_another_quiz(member, enrolled_quiz):
    quiz, question, right, _wrong = enrolled_quiz
    foreign_question, foreign_option, _ = single_choice(QuizFactory())
    attempt = services.attempt_start(quiz=quiz, person=member)
    with raises_code("question"):
        services.attempt_submit(
            attempt=attempt,
            answers={question.pk: [right.pk], foreign_question.pk: [foreign_option.pk]},
            actor=member,
        )
    attempt.refresh_from_db()
    assert attempt.is_open and not AttemptAnswer.objects.exists()


def test_submit_refuses_option_of_another_question(member, enrolled_quiz):
    quiz, question, _right, _wrong = enrolled_quiz
    _other, other_option, _ = single_choice(quiz, text="Other")
    attempt = services.attempt_start(quiz=quiz, person=member)
    with raises_code("option"):
        services.attempt_submit(
            attempt=attempt, answers={question.pk: [other_option.pk]}, actor=member
        )


def test_submit_refuses_two_options_on_single_choice(member, enrolled_quiz):
    quiz, question, right, wrong = enrolled_quiz
    attempt = services.attempt_start(quiz=quiz, person=member)
    with raises_code("option"):
        services.attempt_submit(
            attempt=attempt, answers={question.pk: [right.pk, wrong.pk]}, actor=member
        )


def test_submit_of_someone_elses_attempt_refused(member, enrolled_quiz):
    quiz, question, right, _wrong = enrolled_quiz
    attempt = services.attempt_start(quiz=quiz, person=member)
    with pytest.raises(ValidationError):
        services.attempt_submit(
            attempt=attempt, answers={question.pk: [right.pk]}, actor=UserFactory()
        )


def test_multiple_choice_and_short_answer(member):
    programme, _module, _lessons, quiz = course(lessons=1)
    EnrolmentFactory(programme=programme, person=member)
    multiple = QuestionFactory(quiz=quiz, kind=QuestionKind.MULTIPLE)
    a = OptionFactory(question=multiple, correct=True)
    b = OptionFactory(question=multiple, correct=True)
    OptionFactory(question=multiple, correct=False)
    short = QuestionFactory(
        quiz=quiz, kind=QuestionKind.SHORT, accepted_answers="Social cluster\nklasteris"
    )
    attempt = services.attempt_start(quiz=quiz, person=member)
    done = services.attempt_submit(
        attempt=attempt,
        answers={multiple.pk: [a.pk, b.pk], short.pk: "  social   CLUSTER "},
        actor=member,
    )
    assert done.score == Decimal("100.00")
    # Only part of the right options is wrong.
    attempt = services.attempt_start(quiz=quiz, person=member)
    done = services.attempt_submit(
        attempt=attempt, answers={multiple.pk: [a.pk], short.pk: "cluster"}, actor=member
    )
    assert done.score == Decimal("0.00")


def test_shuffle_keeps_the_same_options(member, enrolled_quiz):
    quiz, question, right, wrong = enrolled_quiz
    quiz.shuffle_options = True
    quiz.save()
    attempt = services.attempt_start(quiz=quiz, person=member)
    assert sorted(attempt.option_order[str(question.pk)]) == sorted([right.pk, wrong.pk])


# --- Authoring ----------------------------------------------------------------------


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
