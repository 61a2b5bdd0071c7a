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
