"""A report made through the channel leaves nothing that identifies the
reporter (WB-2), is stored encrypted (the column and the file on disk), and
gives a receipt code shown once."""

import logging

import pytest
from django.core import mail
from django.db import connection
from django.urls import reverse
from django.utils.translation import gettext as _

from tiltas.accounts.tests.factories import OrganisationFactory
from tiltas.core.models import AuditEntry
from tiltas.whistleblowing.encryption import decrypt_bytes, decrypt_text
from tiltas.whistleblowing.models import Case, CaseFile

from .factories import WHAT, officer_of, png_upload

pytestmark = pytest.mark.django_db

IP = "203.0.113.77"
AGENT = "SecretBrowser/9.9 (Ona's laptop)"


@pytest.fixture
def organisation():
    organisation = OrganisationFactory()
    officer_of(organisation)
    return organisation


def _submit(client, organisation, **extra):
    data = {
        "organisation": organisation.pk,
        "what": WHAT,
        "when": "3 March 2026",
        "who": "Mayor Jonaitis",
        "confidential": "0",
        "attachments": [png_upload("minutes.png")],
        **extra,
    }
    return client.post(
        reverse("whistleblowing:report"), data, REMOTE_ADDR=IP, HTTP_USER_AGENT=AGENT
    )


def _code(response) -> str:
    return response.context["code"]


def _all_rows() -> str:
    """Every row of every table, as text."""
    text = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f'SELECT * FROM "{table}"')  # noqa: S608 (the tables' own names)
            text.extend(repr(row) for row in cursor.fetchall())
    return "\n".join(text)


def test_the_form_lists_only_institutions_with_a_case_handler(client, organisation):
    other = OrganisationFactory(name="Nobody Handles Us")
    page = client.get(reverse("whistleblowing:report")).content.decode()
    assert organisation.name in page and other.name not in page


def test_a_report_gives_a_code_shown_once(client, organisation):
    response = _submit(client, organisation)
    assert response.status_code == 200
    code = _code(response)
    assert len(code.replace("-", "")) == 36 and code.count("-") == 8
    assert code in response.content.decode()
    assert "no-store" in response["Cache-Control"]
    again = client.get(reverse("whistleblowing:follow_up")).content.decode()
    assert code not in again


def test_nothing_identifies_an_anonymous_reporter(
    client, organisation, caplog, django_capture_on_commit_callbacks
):
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="tiltas.request")
    with django_capture_on_commit_callbacks(execute=True):
        response = _submit(client, organisation)
    code = _code(response)
    secrets = [IP, AGENT, "SecretBrowser", code, code.replace("-", ""), code[10:]]
    rows = _all_rows()
    logs = "\n".join(record.getMessage() for record in caplog.records)
    mails = "\n".join(f"{m.subject}\n{m.body}" for m in mail.outbox)
    assert mail.outbox, "the case handlers are told a report arrived"
    for secret in secrets:
        assert secret not in rows
        assert secret not in logs
        assert secret not in mails
    assert WHAT not in rows and "Jonaitis" not in mails
    (line,) = [r.getMessage() for r in caplog.records if r.name == "tiltas.request"]
    assert " user=- ip=- " in line
    entry = AuditEntry.objects.get(action="whistleblowing.case.received")
    assert entry.ip_address is None and entry.actor_id is None
    assert entry.object_id == "" and entry.object_repr == "whistleblowing.case"
    # No session, no cookie but the CSRF token.
    assert set(response.cookies) <= {"csrftoken", "__Host-csrftoken"}
    assert _sessions() == 0


def _sessions() -> int:
    from django.contrib.sessions.models import Session

    return Session.objects.count()


def test_a_signed_in_reporter_is_not_linked(
    client, member, organisation, caplog, django_capture_on_commit_callbacks
):
    client.force_login(member)
    caplog.set_level(logging.DEBUG, logger="tiltas.request")
    _submit(client, organisation)
    entry = AuditEntry.objects.get(action="whistleblowing.case.received")
    assert entry.actor_id is None and entry.ip_address is None
    line = next(r.getMessage() for r in caplog.records if r.name == "tiltas.request")
    assert f"user={member.pk} " not in line and " user=- " in line
    assert not [
        f.name for f in Case._meta.get_fields() if f.is_relation and f.related_model is type(member)
    ]


def test_texts_and_files_are_encrypted_at_rest(client, organisation):
    _submit(client, organisation, confidential="1", contact="Ona, +370 600 00000")
    case = Case.objects.get()
    with connection.cursor() as cursor:
        cursor.execute("SELECT what_token, contact_token FROM whistleblowing_case")
        what, contact = cursor.fetchone()
    assert "Jonaitis" not in what and "+370" not in contact
    assert decrypt_text(what) == WHAT and decrypt_text(contact) == "Ona, +370 600 00000"
    stored = CaseFile.objects.get(case=case).stored
    with stored.open("rb") as handle:
        on_disk = handle.read()
    assert b"PNG" not in on_disk and "minutes" not in stored.name
    assert decrypt_bytes(on_disk).startswith(b"\x89PNG")


def test_a_confidential_report_needs_contact_details_and_keeps_what_was_typed(client, organisation):
    response = _submit(client, organisation, confidential="1", contact="")
    assert response.status_code == 200 and "code" not in response.context
    page = response.content.decode()
    assert _("Give your contact details, or report anonymously.") in page
    assert "Mayor Jonaitis" in page
    assert not Case.objects.exists()


def test_a_file_that_is_not_allowed_is_refused(client, organisation):
    from django.core.files.uploadedfile import SimpleUploadedFile

    html = SimpleUploadedFile("x.pdf", b"<html><script>alert(1)</script></html>")
    response = _submit(client, organisation, attachments=[html])
    assert "code" not in response.context
    assert "PDF, PNG or JPEG" in response.content.decode() or response.context["form"].errors
    assert not Case.objects.exists()


def test_an_institution_without_handlers_cannot_be_chosen(client):
    other = OrganisationFactory()
    response = _submit(client, other)
    assert response.context["form"].errors["organisation"]


def test_the_footer_of_every_page_links_the_channel(client):
    page = client.get(reverse("portal:home")).content.decode()
    assert reverse("whistleblowing:report") in page
