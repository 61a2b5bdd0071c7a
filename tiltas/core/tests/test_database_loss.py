"""Losing the database: clean 503s while it is gone, recovery on its own, no half-written rows.

PostgreSQL only: the test kills the application's connections with
``pg_terminate_backend`` from a connection of its own, as a database restart
or a failover would.
"""

import re
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass

import psycopg
import pytest
from django.conf import settings
from django.db import connection
from django.http import HttpRequest, HttpResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from config import urls as site_urls
from tiltas.accounts.models import Organisation, OrganisationType
from tiltas.accounts.services import organisation_create
from tiltas.accounts.tests.factories import UserFactory
from tiltas.core.access import public
from tiltas.core.models import AuditEntry
from tiltas.core.roles import Role

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
]

WRITE_ACTION = "accounts.organisation.created"


@public
@csrf_exempt
@require_POST
def organisation_write(request: HttpRequest) -> HttpResponse:
    """A real two-row service (the organisation and its audit entry, one transaction)."""
    from tiltas.accounts.models import User

    actor = User.objects.get(email=request.POST["actor"])
    organisation = organisation_create(
        actor=actor,
        values={"name": request.POST["name"], "type": OrganisationType.NGO, "country": "LT"},
    )
    return HttpResponse(str(organisation.pk))


# The site's own URLs and error handlers, plus the write above.
urlpatterns = [path("database-loss/write/", organisation_write), *site_urls.urlpatterns]
handler400 = getattr(site_urls, "handler400", "django.views.defaults.bad_request")
handler500 = site_urls.handler500


@pytest.fixture(autouse=True)
def _postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("pg_terminate_backend needs PostgreSQL; SQLite has no server to lose")


@pytest.fixture
def site(live_server, settings):
    settings.ROOT_URLCONF = __name__
    settings.DEBUG = False
    return live_server


def admin_connection() -> psycopg.Connection:
    """A connection of the test's own, outside Django, to the same test database."""
    db = connection.settings_dict
    return psycopg.connect(
        dbname=db["NAME"],
        user=db["USER"] or None,
        password=db["PASSWORD"] or None,
        host=db["HOST"] or None,
        port=db["PORT"] or None,
        autocommit=True,
    )


def terminate_app_connections(admin: psycopg.Connection) -> int:
    rows = admin.execute(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        "WHERE datname = current_database() AND pid <> pg_backend_pid()"
    ).fetchall()
    return sum(1 for (killed,) in rows if killed)


@dataclass
class Answer:
    status: int
    body: str
    request_id: str


def fetch(url: str, *, data: bytes | None = None, cookie: str = "") -> Answer:
    headers = {"Cookie": cookie} if cookie else {}
    request = urllib.request.Request(url, data=data, headers=headers)  # noqa: S310 - test server
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - test server
            return Answer(
                response.status, response.read().decode(), response.headers["X-Request-ID"]
            )
    except urllib.error.HTTPError as error:
        return Answer(error.code, error.read().decode(), error.headers["X-Request-ID"] or "")


def assert_clean(answer: Answer) -> None:
    assert answer.status in (200, 503), answer
    if answer.status == 503:
        assert "Traceback" not in answer.body
        assert "psycopg" not in answer.body
        assert "terminating connection" not in answer.body
        shown = re.search(r"\b[0-9a-f]{32}\b", answer.body)
        assert shown, "the 503 page shows no request id"
        # The header can be missing when RequestLogMiddleware itself hits the
        # dead connection (it loads request.user lazily): see the bench report.
        assert answer.request_id in ("", shown.group())


def session_cookie_for(user) -> str:
    from django.test import Client

    client = Client()
    client.force_login(user)
    name = settings.SESSION_COOKIE_NAME
    return f"{name}={client.cookies[name].value}"


def test_requests_during_database_loss_get_200_or_a_clean_503_and_the_site_recovers(site):
    member = UserFactory(role=Role.MEMBER)
    cookie = session_cookie_for(member)
    url = f"{site.url}/lt/me/"
    assert fetch(url, cookie=cookie).status == 200

    answers: list[Answer] = []
    stop = threading.Event()

    def hammer() -> None:
        while not stop.is_set():
            answers.append(fetch(url, cookie=cookie))

    threads = [threading.Thread(target=hammer) for _ in range(2)]
    for thread in threads:
        thread.start()
    killed = 0
    with admin_connection() as admin:
        deadline = time.monotonic() + 4
        while time.monotonic() < deadline:
            killed += terminate_app_connections(admin)
            time.sleep(0.02)
    stop.set()
    for thread in threads:
        thread.join(timeout=30)
    # The test's own connection was killed too: let Django open a new one.
    connection.close()

    assert killed > 0
    assert len(answers) > 10
    for answer in answers:
        assert_clean(answer)
    # Back on its own: no restart, no manual step.
    for _ in range(5):
        assert fetch(url, cookie=cookie).status == 200


def test_a_write_interrupted_by_database_loss_leaves_no_half_written_rows(site):
    actor = UserFactory(role=Role.COORDINATOR)
    write_url = f"{site.url}/database-loss/write/"
    form = f"actor={actor.email}&name=Interrupted+Org".encode()
    outcome: list[Answer] = []

    with admin_connection() as admin:
        # Hold the audit table so the service stops between its two writes.
        admin.autocommit = False
        admin.execute("LOCK TABLE core_auditentry IN ACCESS EXCLUSIVE MODE")
        writer = threading.Thread(target=lambda: outcome.append(fetch(write_url, data=form)))
        writer.start()
        waiting = None
        deadline = time.monotonic() + 15
        while waiting is None and time.monotonic() < deadline:
            # pg_stat_activity is a snapshot per transaction: take a new one.
            admin.execute("SELECT pg_stat_clear_snapshot()")
            waiting = admin.execute(
                "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                "AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'"
            ).fetchone()
            time.sleep(0.05)
        assert waiting is not None, "the service never reached its second write"
        # The organisation row is written, the audit row waits: now the database goes.
        admin.execute("SELECT pg_terminate_backend(%s)", waiting)
        admin.rollback()
    writer.join(timeout=30)

    assert_clean(outcome[0])
    assert outcome[0].status == 503
    assert not Organisation.objects.filter(name="Interrupted Org").exists()
    assert not AuditEntry.objects.filter(
        action=WRITE_ACTION, object_repr="Interrupted Org"
    ).exists()

    # The next write goes through whole: both rows.
    answer = fetch(write_url, data=f"actor={actor.email}&name=Whole+Org".encode())
    assert answer.status == 200, answer
    organisation = Organisation.objects.get(name="Whole Org")
    assert AuditEntry.objects.filter(action=WRITE_ACTION, object_id=str(organisation.pk)).exists()
