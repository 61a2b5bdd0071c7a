import json

import pytest

from tiltas.core import personal_data
from tiltas.learning import services
from tiltas.learning.models import (
    Attempt,
    AttemptAnswer,
    Completion,
    Enrolment,
    ExternalLearning,
    LessonProgress,
    MaterialVersion,
    Programme,
)

from .factories import EnrolmentFactory, course, pdf_upload, single_choice

pytestmark = pytest.mark.django_db


def test_every_learning_model_with_a_person_is_registered():
    covered = personal_data.covered_models()
    for model in (Enrolment, LessonProgress, Attempt, AttemptAnswer, Completion, ExternalLearning):
        assert model in covered
    assert MaterialVersion in covered and Programme.trainers.through in covered


def test_export_and_erase(member, make_user, django_capture_on_commit_callbacks):
    programme, _module, lessons, quiz = course(lessons=1, with_quiz=True)
    question, right, _wrong = single_choice(quiz)
    EnrolmentFactory(programme=programme, person=member)
    services.lesson_complete(lesson=lessons[0], person=member)
    attempt = services.attempt_start(quiz=quiz, person=member)
    services.attempt_submit(attempt=attempt, answers={question.pk: [right.pk]}, actor=member)
    services.external_learning_create(
        person=member,
        data={"title": "Kursai", "provider": "VU", "completed_on": "2026-02-01", "hours": 3},
        evidence=pdf_upload(),
    )
    other = make_user()
    EnrolmentFactory(programme=programme, person=other)

    sources = {source.name: source for source in personal_data.sources()}
    exported = sources["learning"].export(member)
    json.dumps(exported)  # serialisable as it is
    assert exported["completions"][0]["programme"] == programme.slug
    assert exported["quiz_attempts"][0]["answers"][0]["correct"] is True
    assert exported["external_learning"][0]["title"] == "Kursai"

    path = ExternalLearning.objects.get().evidence_file
    storage, name = path.storage, path.name
    with django_capture_on_commit_callbacks(execute=True):  # files go once erasure commits
        sources["learning"].erase(member)
    for model in (Enrolment, LessonProgress, Attempt, Completion, ExternalLearning):
        assert not model.objects.filter(person=member).exists()
    assert not AttemptAnswer.objects.exists()
    assert not storage.exists(name)
    assert Enrolment.objects.filter(person=other).exists()


def test_authoring_erase_keeps_content(trainer, coordinator):
    programme, _module, _lessons, _quiz = course(trainers=[trainer])
    material_set = services.material_set_update(
        programme=programme, actor=trainer, title={"lt": "R"}, description={}
    )
    services.material_create(
        material_set=material_set,
        actor=trainer,
        title={"lt": "F"},
        language="lt",
        kind="handbook",
        upload=pdf_upload(),
    )
    source = {s.name: s for s in personal_data.sources()}["learning_authoring"]
    assert source.export(trainer)["programmes_taught"] == [programme.slug]
    source.erase(trainer)
    assert not programme.trainers.exists()
    assert MaterialVersion.objects.get().uploaded_by is None
