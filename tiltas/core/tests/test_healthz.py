"""``/healthz``: 200 when the database (on a fresh connection) and the cache answer, else 503."""

import socket

import pytest
from django.db import DEFAULT_DB_ALIAS, connection, connections
from django.test import Client, override_settings

from tiltas.core.views.health import database_ok


def closed_port() -> int:
    # Bind, read the port, close: nothing listens there afterwards.
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def database_unreachable(monkeypatch, tmp_path):
    """Point new connections at a database that cannot be reached; the test's own
    connection keeps working, as a persistent connection would in production."""
    unreachable = dict(connections.settings[DEFAULT_DB_ALIAS])
    if connection.vendor == "postgresql":
        unreachable.update(HOST="127.0.0.1", PORT=str(closed_port()))
    else:
        unreachable["NAME"] = str(tmp_path / "no-such-directory" / "tiltas.sqlite3")
    monkeypatch.setitem(connections.settings, DEFAULT_DB_ALIAS, unreachable)


@pytest.mark.django_db
def test_healthy_gives_200_with_each_check():
    response = Client().get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_the_check_opens_and_closes_a_connection_of_its_own(django_assert_num_queries):
    # Nothing runs on the request's connection: the check has its own.
    with django_assert_num_queries(0):
        assert database_ok() is True


@pytest.mark.django_db
@pytest.mark.usefixtures("database_unreachable")
def test_database_unreachable_gives_503():
    response = Client().get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "error", "cache": "ok"}
    # The request's own connection was never touched by the failing check.
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


@pytest.mark.django_db
def test_cache_unreachable_gives_503():
    broken_cache = {
        "default": {
            "BACKEND": "tiltas.core.cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
            "OPTIONS": {"socket_connect_timeout": 1},
        }
    }
    with override_settings(CACHES=broken_cache):
        response = Client().get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "ok", "cache": "error"}
