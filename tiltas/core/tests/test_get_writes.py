"""The GET-write check of the permission matrix can fail, and its allow-list
names only pages that exist (SECURITY.md AC-3)."""

import pytest
from django.urls import reverse

from tiltas.core.models import AuditEntry
from tiltas.learning.models import LessonProgress
from tiltas.learning.tests.factories import EnrolmentFactory, course

from .get_writes import GET_RECORDS, WriteRecorder
from .url_walk import collect_routes


@pytest.mark.django_db
def test_the_recorder_names_every_table_written(make_user):
    person = make_user()
    with WriteRecorder() as writes:
        AuditEntry.objects.count()
        programme, _module, _lessons, _quiz = course(lessons=1, with_quiz=False)
        EnrolmentFactory(programme=programme, person=person)
    assert {"learning_programme", "learning_lesson", "learning_enrolment"} <= writes.tables
    assert "learning_programme" in writes.unexpected(None)


@pytest.mark.django_db
def test_a_lesson_read_by_its_learner_records_the_view_and_nothing_else(client, make_user):
    person = make_user()
    programme, _module, (lesson,), _quiz = course(lessons=1, with_quiz=False)
    EnrolmentFactory(programme=programme, person=person)
    client.force_login(person)
    url = reverse("learning:lesson", kwargs={"slug": programme.slug, "pk": lesson.pk})
    with WriteRecorder() as writes:
        assert client.get(url).status_code == 200
    assert writes.unexpected("learning:lesson") == []
    progress = LessonProgress.objects.get(person=person, lesson=lesson)
    assert progress.completed_at is None  # viewing completes nothing


def test_every_page_allowed_to_record_on_a_get_exists():
    names = {route.name for route in collect_routes()}
    assert set(GET_RECORDS) <= names
