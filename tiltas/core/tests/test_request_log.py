"""The request log never holds a secret that travels in a URL."""

import logging

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "path",
    [
        "/lt/accounts/password/reset/key/1a-secret-reset-key/",
        "/lt/accounts/confirm-email/secret-confirmation-key/",
    ],
)
def test_reset_and_confirmation_keys_are_not_logged(client, path):
    records: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = records.append  # type: ignore[method-assign]
    logger = logging.getLogger("tiltas.request")
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        client.get(path)
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
    lines = [record.getMessage() for record in records]
    assert lines, "the request was logged"
    assert not any("secret" in line for line in lines), lines
    assert any("[redacted]" in line for line in lines)
