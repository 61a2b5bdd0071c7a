"""The request log never holds a secret that travels in a URL."""

import logging
import unittest

import pytest

pytestmark = pytest.mark.django_db

SECRET_PATHS = [
    "/lt/accounts/password/reset/key/1a-secret-reset-key/",
    "/en/accounts/confirm-email/secret-confirmation-key/",
    # The links as a mail client may open them, without the language: the
    # locale middleware redirects them before any view sees the key.
    "/accounts/password/reset/key/1a-secret-reset-key/",
    "/accounts/confirm-email/secret-confirmation-key/",
]


def _logged(client, path: str) -> list[str]:
    with unittest.TestCase().assertLogs("tiltas.request", logging.INFO) as logs:
        client.get(path)
    return logs.output


@pytest.mark.parametrize("path", SECRET_PATHS)
def test_reset_and_confirmation_keys_are_not_logged(client, path):
    lines = _logged(client, path)
    assert len(lines) == 1
    assert "secret" not in lines[0], lines
    assert "/[redacted]" in lines[0]


def test_other_paths_are_logged_as_they_are(client):
    (line,) = _logged(client, "/lt/news/")
    assert " path=/lt/news/ " in line


def test_sign_ins_and_password_changes_log_no_password(client, member):
    """LG-1: every log line written while a password travels (a failed and a
    good sign-in, a change of password), at every level, holds none of them."""
    from django.urls import reverse

    from tiltas.accounts.tests.factories import PASSWORD
    from tiltas.accounts.tests.helpers import sign_in

    wrong, new = "wrong horse battery 11", "new river lantern 99"
    request_log = logging.getLogger("tiltas.request")
    level = request_log.level
    with unittest.TestCase().assertLogs(logging.getLogger(), logging.DEBUG) as logs:
        request_log.setLevel(logging.DEBUG)
        try:
            sign_in(client, member.email, wrong)
            sign_in(client, member.email)
            client.post(
                reverse("account_change_password"),
                {"oldpassword": PASSWORD, "password1": new, "password2": new},
            )
        finally:
            request_log.setLevel(level)
    output = "\n".join(logs.output)
    assert "path=/lt/accounts/login/" in output  # the request log did write
    assert not [secret for secret in (PASSWORD, wrong, new) if secret in output]


def test_an_anonymous_request_is_recorded_without_its_address_or_person(rf, member):
    """Views marked ``anonymous_request`` (a confidential channel): the audit
    entries they write have no address, and the log line names neither the
    address nor the person; the request id stays."""
    from django.http import HttpResponse

    from tiltas.core.audit import audit_record
    from tiltas.core.middleware import RequestLogMiddleware
    from tiltas.core.models import AuditEntry
    from tiltas.core.requests import anonymous_request

    @anonymous_request
    def view(request):
        audit_record(actor=None, action="test.anonymous", label="test")
        return HttpResponse("ok")

    request = rf.get("/lt/somewhere/", REMOTE_ADDR="203.0.113.9")
    request.user = member
    with unittest.TestCase().assertLogs("tiltas.request", logging.INFO) as logs:
        response = RequestLogMiddleware(view)(request)
    (line,) = logs.output
    assert "203.0.113.9" not in line and f"user={member.pk} " not in line
    assert " user=- ip=- " in line and response["X-Request-ID"] in line
    entry = AuditEntry.objects.get(action="test.anonymous")
    assert entry.ip_address is None and entry.request_id == response["X-Request-ID"]
