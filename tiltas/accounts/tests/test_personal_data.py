"""PR-1: every model that points at a person is covered; export and erasure work."""

import io
import json
import zipfile
from datetime import date

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.apps import apps
from django.conf import settings
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.contrib.sessions.models import Session
from django.core.files.base import ContentFile
from django.db import models
from django.urls import reverse

from tiltas.accounts.models import LoginRecord, User
from tiltas.accounts.services import ARCHIVE_JSON, account_delete, user_profile_update
from tiltas.competencies.tests.factories import EvidenceFactory
from tiltas.core.models import AuditEntry
from tiltas.core.personal_data import covered_models
from tiltas.core.roles import Role
from tiltas.learning.models import ExternalLearning

from .helpers import reauthenticate, sign_in, totp_code

#: Models that point at a person but hold no personal data of their own.
#: Each entry says why; nothing is left out silently.
NOT_PERSONAL_DATA: dict[str, str] = {}


def _points_at_person(model: type[models.Model]) -> bool:
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    return any(
        (field.is_relation and field.many_to_one) or field.one_to_one
        for field in model._meta.get_fields()
        if getattr(field, "related_model", None) is user_model and field.concrete
    )


def test_every_model_pointing_at_a_person_is_registered():
    candidates = {
        model for model in apps.get_models(include_auto_created=True) if _points_at_person(model)
    }
    candidates.add(apps.get_model(settings.AUTH_USER_MODEL))
    missing = sorted(
        model._meta.label
        for model in candidates - covered_models()
        if model._meta.label not in NOT_PERSONAL_DATA
    )
    assert missing == []


def test_the_walk_sees_allauth_and_core_models():
    labels = {
        m._meta.label for m in apps.get_models(include_auto_created=True) if _points_at_person(m)
    }
    assert {"account.EmailAddress", "mfa.Authenticator", "core.AuditEntry",
            "accounts.LoginRecord", "admin.LogEntry", "accounts.User_groups"} <= labels  # fmt: skip


def _archive(response) -> zipfile.ZipFile:
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["Content-Type"] == "application/zip"
    return zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))


@pytest.mark.django_db
def test_download_my_data_is_an_attachment_with_every_source(client, member):
    sign_in(client, member.email)
    user_profile_update(user=member, values={"position": "Analyst"})
    reauthenticate(client)
    response = client.get(reverse("accounts:my_data_download"))
    data = json.loads(_archive(response).read(ARCHIVE_JSON))
    assert data["sources"]["accounts"]["person"]["email"] == member.email
    assert len(data["sources"]["accounts"]["sign_ins"]) == 1
    assert {a["action"] for a in data["sources"]["audit_log"]} >= {
        "accounts.login.succeeded", "accounts.profile.changed",
    }  # fmt: skip
    assert AuditEntry.objects.filter(action="accounts.data.exported", actor=member).exists()
    assert "secret" not in json.dumps(data).lower()


@pytest.mark.django_db
def test_my_data_holds_the_files_the_person_uploaded_and_no_one_elses(client, member):
    evidence = EvidenceFactory(person=member, file_name="Pažymėjimas.pdf")
    evidence.file.save("random-name.pdf", ContentFile(b"%PDF-1.4 the certificate"))
    entry = ExternalLearning.objects.create(
        person=member, title="Course", provider="School", completed_on=date(2026, 1, 5),
        hours=4, evidence_name="diploma.png",
    )  # fmt: skip
    entry.evidence_file.save("other-random.png", ContentFile(b"\x89PNG the diploma"))
    someone_else = EvidenceFactory(file_name="not-yours.pdf")
    someone_else.file.save("third.pdf", ContentFile(b"%PDF-1.4 another person's"))
    client.force_login(member)
    reauthenticate(client)
    archive = _archive(client.get(reverse("accounts:my_data_download")))
    files = json.loads(archive.read(ARCHIVE_JSON))["files"]
    assert {item["name"] for item in files} == {"Pažymėjimas.pdf", "diploma.png"}
    contents = {item["name"]: archive.read(item["path"]) for item in files}
    assert contents == {"Pažymėjimas.pdf": b"%PDF-1.4 the certificate",
                        "diploma.png": b"\x89PNG the diploma"}  # fmt: skip
    assert len(archive.namelist()) == 3  # the JSON and the person's two files


@pytest.mark.django_db
def test_my_data_page_explains_and_links(client, member):
    client.force_login(member)
    html = client.get(reverse("accounts:my_data")).content.decode()
    assert reverse("accounts:my_data_download") in html
    assert reverse("accounts:account_delete") in html


def _all_database_text() -> str:
    chunks = []
    for model in apps.get_models(include_auto_created=True):
        for row in model._base_manager.values_list():
            chunks.append(" ".join(str(value) for value in row))
    for session in Session.objects.all():
        chunks.append(json.dumps(session.get_decoded(), default=str))
    return "\n".join(chunks)


@pytest.mark.django_db
def test_deleting_the_account_leaves_no_email_or_name_in_the_database(
    client, make_user, administrator
):
    person = make_user(
        email="ieva.unique@example.org", full_name="Ieva Zyxwvutė", role=Role.COORDINATOR,
        position="Chief", sex="female",
    )  # fmt: skip
    person.groups.add(Group.objects.create(name="editors"))
    LogEntry.objects.create(
        user=administrator, content_type=ContentType.objects.get_for_model(User),
        object_id=str(person.pk), object_repr=str(person), action_flag=CHANGE,
        change_message=f"Changed {person.email}",
    )  # fmt: skip
    sign_in(client, person.email, code=totp_code())
    user_profile_update(user=person, values={"position": "Head"})
    assert "Zyxwvut" in _all_database_text()

    reauthenticate(client)
    page = client.get(reverse("accounts:account_delete"))
    assert page.status_code == 200
    refused = client.post(reverse("accounts:account_delete"), {})
    assert refused.status_code == 200  # the box must be ticked
    response = client.post(reverse("accounts:account_delete"), {"confirm": "on"})
    assert response.status_code == 302

    text = _all_database_text()
    assert "Zyxwvut" not in text
    assert "ieva.unique" not in text.lower()
    person.refresh_from_db()
    assert person.email == f"erased-{person.pk}@invalid.tiltas.lt"
    assert person.full_name == "Deleted person"
    assert not person.has_usable_password() and not person.is_active
    assert not EmailAddress.objects.filter(user=person).exists()
    assert not Authenticator.objects.filter(user=person).exists()
    assert not person.groups.exists()
    # Signed out, and the counts keep their meaning.
    assert "_auth_user_id" not in client.session
    assert LoginRecord.objects.filter(user=person).count() == 1
    assert AuditEntry.objects.filter(actor=person).count() >= 2


@pytest.mark.django_db
def test_account_delete_ends_other_sessions_too(member):
    from django.test import Client

    other = Client()
    other.force_login(member)
    account_delete(user=member)
    assert other.get(reverse("accounts:profile")).status_code == 302


def test_queued_work_names_records_by_id_never_a_person():
    """PR-1: an e-mail waiting in the task queue when its person is erased holds
    no name or address to forget: every task is given ids (and a kind), and
    looks the person up when it runs, after the erasure."""
    import importlib
    import inspect

    from django.apps import apps
    from django.tasks import Task

    tasks = []
    for config in apps.get_app_configs():
        if config.name.startswith("tiltas."):
            try:
                module = importlib.import_module(f"{config.name}.tasks")
            except ModuleNotFoundError:
                continue
            tasks += [value for value in vars(module).values() if isinstance(value, Task)]
    assert len(tasks) >= 5
    for queued in tasks:
        for name, parameter in inspect.signature(queued.func).parameters.items():
            an_id = name.endswith("_id") and parameter.annotation in (int, "int")
            assert an_id or name == "kind", (
                f"{queued.func.__module__}.{queued.func.__name__}({name})"
            )
