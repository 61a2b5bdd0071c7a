"""PR-1, GDPR art. 17: after a person's account is deleted, no table (the
audit log and the admin's history included) and no uploaded file holds their
name, e-mail address, the names of their files or the address they came from."""

import datetime
import json
from pathlib import Path

import pytest
from django.apps import apps
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.sessions.models import Session
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from tiltas.accounts.services import account_delete
from tiltas.competencies.services import evidence_upload
from tiltas.competencies.tests.factories import build_framework
from tiltas.events.services import delegation_member_add, registration_create
from tiltas.events.tests.factories import EventFactory, StudyVisitFactory
from tiltas.learning.models import Completion
from tiltas.learning.services import (
    attempt_start,
    attempt_submit,
    enrolment_self,
    external_learning_create,
    lesson_complete,
)
from tiltas.learning.tests.factories import PDF_BYTES, course, single_choice

from .helpers import sign_in

NAME, EMAIL, ADDRESS = "Ieva Zyxwvutė", "ieva.zyxw@example.org", "203.0.113.77"
FILE_NAMES = ("ieva-zyxwvute-certificate.pdf", "zyxwvute-course.pdf")


def _database_text() -> str:
    """Every column of every row of every table, and every session's data."""
    chunks = []
    for model in apps.get_models(include_auto_created=True):
        columns = [field.attname for field in model._meta.concrete_fields]
        for row in model._base_manager.values_list(*columns).iterator():
            chunks.append(" ".join(str(value) for value in row))
    for session in Session.objects.all():
        chunks.append(json.dumps(session.get_decoded(), default=str))
    return "\n".join(chunks).lower()


def _media_text(root: Path) -> str:
    """Every file's path and content under MEDIA_ROOT."""
    chunks = []
    for path in root.rglob("*"):
        chunks.append(str(path.relative_to(root)))
        if path.is_file():
            chunks.append(path.read_bytes().decode("utf-8", errors="ignore"))
    return "\n".join(chunks).lower()


def _traces(root: Path) -> list[str]:
    text = _database_text() + "\n" + _media_text(root)
    needles = ["zyxwvut", EMAIL, ADDRESS, *FILE_NAMES]
    return [needle for needle in needles if needle.lower() in text]


@pytest.mark.django_db
def test_a_deleted_account_leaves_no_name_email_file_or_address_anywhere(
    make_user, coordinator, administrator, settings, tmp_path, django_capture_on_commit_callbacks
):
    settings.MEDIA_ROOT = tmp_path
    settings.TRUSTED_PROXY_COUNT = 1
    person = make_user(email=EMAIL, full_name=NAME, position="Chief of Zyxwvutė's unit")
    # A sign-in, through the proxy: the audit log records where from.
    browser = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=ADDRESS)
    assert sign_in(browser, EMAIL).status_code == 302

    with django_capture_on_commit_callbacks(execute=True):  # the e-mails, as in production
        registration = registration_create(event=EventFactory(), person=person, answers={})
        programme, _module, lessons, quiz = course(lessons=1, with_quiz=True)
        question, right, _wrong = single_choice(quiz)
        enrolment = enrolment_self(programme=programme, person=person)
        lesson_complete(lesson=lessons[0], person=person)
        attempt = attempt_start(quiz=quiz, person=person)
        attempt_submit(attempt=attempt, answers={question.pk: [right.pk]}, actor=person)
        member = delegation_member_add(visit=StudyVisitFactory(), person=person, actor=coordinator)
        evidence = evidence_upload(
            person=person,
            competency=build_framework().competencies.first(),
            level_claimed=2,
            title=f"Certificate of {NAME}",
            occurred_on=datetime.date(2026, 3, 1),
            upload=SimpleUploadedFile(FILE_NAMES[0], PDF_BYTES),
        )
        external_learning_create(
            person=person,
            data={"title": f"{NAME}'s course", "provider": "VU", "completed_on": "2026-02-01",
                  "hours": 3},
            evidence=SimpleUploadedFile(FILE_NAMES[1], PDF_BYTES),
        )  # fmt: skip
    completion = Completion.objects.get(person=person)
    # What the Django admin writes into its history when these records are changed.
    records = [person, registration, enrolment, attempt, completion, member, evidence]
    LogEntry.objects.log_actions(administrator.pk, records, CHANGE)
    LogEntry.objects.log_actions(administrator.pk, person.emailaddress_set.all(), CHANGE)
    assert sorted(_traces(tmp_path)) == sorted(["zyxwvut", EMAIL, ADDRESS, *FILE_NAMES])

    with django_capture_on_commit_callbacks(execute=True):  # files go once erasure commits
        account_delete(user=person)

    assert _traces(tmp_path) == []
