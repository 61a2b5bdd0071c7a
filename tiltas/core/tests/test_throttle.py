from datetime import UTC, datetime

import pytest
import time_machine
from django.http import HttpResponse
from django.test import Client, override_settings
from django.urls import path, reverse

from config import urls as site_urls
from tiltas.accounts.tests.helpers import totp_code
from tiltas.core.access import public, signed_in
from tiltas.core.roles import Role
from tiltas.core.throttle import EXPORTS_PER_WINDOW, SEARCHES_PER_MINUTE, rate_limited

from .html_checks import drain

LIMIT, WINDOW = 3, 60


@public
@rate_limited("test-ip", limit=LIMIT, window=WINDOW)
def by_ip(request):
    return HttpResponse("ok")


@signed_in
@rate_limited("test-user", limit=LIMIT, window=WINDOW, by="user")
def by_user(request):
    return HttpResponse("ok")


@public
@rate_limited("test-all", limit=LIMIT, window=WINDOW, by="all")
def by_all(request):
    return HttpResponse("ok")


urlpatterns = [
    path("by-ip/", by_ip),
    path("by-user/", by_user),
    path("by-all/", by_all),
    *site_urls.urlpatterns,
]

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("_test_urls")]

#: Half way through a window: the 429 says to come back in 30 seconds.
START = datetime(2026, 5, 4, 10, 0, 30, tzinfo=UTC)


@pytest.fixture
def _test_urls():
    with override_settings(ROOT_URLCONF=__name__):
        yield


def test_the_request_over_the_limit_gets_a_translated_429_until_the_window_ends():
    client = Client(HTTP_ACCEPT_LANGUAGE="lt")
    with time_machine.travel(START, tick=False) as traveller:
        for _ in range(LIMIT):
            assert client.get("/by-ip/").status_code == 200
        response = client.get("/by-ip/")
        assert response.status_code == 429
        assert response["Retry-After"] == "30"
        assert "no-cache" in response["Cache-Control"]
        body = response.content.decode()
        assert "<h1>Per daug užklausų</h1>" in body and '<html lang="lt"' in body
        assert "Bandyti dar kartą galėsite po 1 minutės." in body
        traveller.shift(29)
        assert client.get("/by-ip/").status_code == 429
        traveller.shift(1)  # a new window
        assert client.get("/by-ip/").status_code == 200


def test_each_ip_address_has_its_own_count():
    with time_machine.travel(START, tick=False):
        first, second = Client(REMOTE_ADDR="192.0.2.1"), Client(REMOTE_ADDR="192.0.2.2")
        for _ in range(LIMIT):
            first.get("/by-ip/")
        assert first.get("/by-ip/").status_code == 429
        assert second.get("/by-ip/").status_code == 200


def test_a_limit_for_everyone_counts_every_address_together():
    with time_machine.travel(START, tick=False):
        for n in range(LIMIT):
            assert Client(REMOTE_ADDR=f"192.0.2.{n}").get("/by-all/").status_code == 200
        assert Client(REMOTE_ADDR="198.51.100.1").get("/by-all/").status_code == 429


def test_each_person_has_their_own_count_whatever_their_address(make_user):
    with time_machine.travel(START, tick=False):
        one, other = Client(), Client()
        one.force_login(make_user())
        other.force_login(make_user())
        for _ in range(LIMIT):
            assert one.get("/by-user/").status_code == 200
        assert one.get("/by-user/").status_code == 429
        # Same address (the test client's), another person: a count of their own.
        assert other.get("/by-user/").status_code == 200
        # And the per-IP limit of that address is untouched.
        assert Client().get("/by-ip/").status_code == 200


def test_the_decorator_keeps_the_access_rule_and_checks_its_arguments():
    assert by_ip.access.kind == "public"
    assert by_user.access.kind == "signed_in"
    with pytest.raises(ValueError):
        rate_limited("test", limit=1, window=1, by="session")  # type: ignore[arg-type]


def test_a_limit_that_cannot_count_refuses_with_a_translated_503(settings):
    from .test_cache import closed_port

    settings.CACHES = {
        **settings.CACHES,
        "counters": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5},
        },
    }
    client = Client(HTTP_ACCEPT_LANGUAGE="lt")
    for _ in range(LIMIT + 1):  # never counted, so never let through
        response = client.get("/by-ip/")
        assert response.status_code == 503
    assert response["Retry-After"] == "60"
    assert "no-cache" in response["Cache-Control"]
    body = response.content.decode()
    assert '<html lang="lt"' in body and "užklausų ribų" in body


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_the_proxy_each_client_has_its_own_count_and_cannot_spoof_another():
    def behind_proxy(address: str, claimed: str = "") -> Client:
        forwarded = f"{claimed}, {address}" if claimed else address
        return Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=forwarded)

    with time_machine.travel(START, tick=False):
        for n in range(LIMIT):
            spoofing = behind_proxy("203.0.113.66", claimed=f"198.51.100.{n}")
            assert spoofing.get("/by-ip/").status_code == 200
        # A new X-Forwarded-For of its own does not give the client a new count.
        assert (
            behind_proxy("203.0.113.66", claimed="198.51.100.99").get("/by-ip/").status_code == 429
        )
        # Another client behind the same proxy (same REMOTE_ADDR) has its own.
        assert behind_proxy("203.0.113.7").get("/by-ip/").status_code == 200


# --- The site's searches and downloads of personal data (SECURITY RL-1) --------


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("accounts:manage_people", Role.ADMINISTRATOR),
        ("accounts:manage_organisations", Role.COORDINATOR),
        ("credentials:manage_list", Role.COORDINATOR),
    ],
)
def test_searches_are_limited_per_person_and_the_list_stays_open(make_user, name, role):
    url = reverse(name)
    with time_machine.travel(START, tick=False):
        searcher, colleague = Client(), Client()
        searcher.force_login(make_user(role=role))
        colleague.force_login(make_user(role=role))
        for n in range(SEARCHES_PER_MINUTE):
            assert searcher.get(url, {"q": f"name {n}"}).status_code == 200
        assert searcher.get(url, {"q": "one more"}).status_code == 429
        assert searcher.get(url).status_code == 200  # browsing is not searching
        assert colleague.get(url, {"q": "mine"}).status_code == 200


def test_downloads_of_personal_data_are_limited_per_person(make_user):
    from tiltas.accounts.tests.helpers import reauthenticate, sign_in
    from tiltas.events.tests.factories import EventFactory

    coordinator = make_user(role=Role.COORDINATOR)
    exports = [
        reverse("accounts:my_data_download"),
        reverse("events:manage_export_csv", args=[EventFactory().pk]),
    ]
    with time_machine.travel(START, tick=False):
        client = Client()
        sign_in(client, coordinator.email, code=totp_code())
        reauthenticate(client)
        for url in exports:
            for _ in range(EXPORTS_PER_WINDOW):
                response = client.get(url)
                assert response.status_code == 200, url
                drain(response)
            assert client.get(url).status_code == 429, url
