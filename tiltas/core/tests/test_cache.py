"""The shared cache: django-redis, with Redis down a cache that misses."""

import os
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from django.conf import settings
from django_redis.cache import RedisCache

#: The machine's Redis (README: the test command runs beside it); its database 15.
REDIS = "redis://127.0.0.1:6379/15"


def redis_running() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
    except OSError:
        return False
    return True


OPTIONS = {"SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5, "IGNORE_EXCEPTIONS": True}


@pytest.mark.skipif(not redis_running(), reason="no Redis on 127.0.0.1:6379")
def test_the_values_round_trip():
    cache = RedisCache(REDIS, {"KEY_PREFIX": "tiltas-test-cache", "OPTIONS": OPTIONS})
    try:
        cache.set("answer", {"value": 42}, 30)
        cache.set_many({"a": 1, "b": (2, "two")}, 30)
        assert cache.get("answer") == {"value": 42}
        assert cache.get_many(["a", "b", "missing"]) == {"a": 1, "b": (2, "two")}
        assert cache.add("a", 9, 30) is False
        cache.delete_many(["answer", "a", "b"])
        assert cache.get_many(["answer", "a", "b"]) == {}
    finally:
        cache.delete_many(["answer", "a", "b"])


def _key_prefix(**env: str) -> str:
    code = "import config.settings as s; print(s.CACHES['default']['KEY_PREFIX'])"
    result = subprocess.run(  # noqa: S603 - our own interpreter and settings module
        [sys.executable, "-c", code],
        cwd=settings.BASE_DIR,
        env={**os.environ, "TILTAS_ENV": "production", "SECRET_KEY": "x" * 60, **env},
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


def test_sites_sharing_one_redis_keep_their_keys_apart():
    redis = {"REDIS_URL": "redis://127.0.0.1:6379/0"}
    one = _key_prefix(**redis, DATABASE_URL="postgres://app@db:5432/tiltas")
    staging = _key_prefix(**redis, DATABASE_URL="postgres://app@db:5432/tiltas_staging")
    assert one and staging and one != staging
    assert _key_prefix(**redis, DATABASE_URL="postgres://app@db:5432/tiltas") == one
    assert _key_prefix(**redis, CACHE_KEY_PREFIX="blue") == "blue"


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def unreachable() -> RedisCache:
    return RedisCache(f"redis://127.0.0.1:{closed_port()}/0", {"OPTIONS": OPTIONS})


def test_an_unreachable_redis_is_a_cache_that_misses():
    cache = unreachable()
    cache.set("answer", 42, 30)
    cache.set_many({"a": 1}, 30)
    assert cache.get("answer", "none") == "none"
    assert cache.get_many(["a", "b"]) == {}
    assert not cache.add("a", 1, 30)
    assert not cache.has_key("a")
    cache.delete("a")
    cache.delete_many(["a"])


@pytest.mark.django_db
def test_pages_are_served_while_redis_is_unreachable(settings, member):
    from django.test import Client
    from django.urls import reverse

    from tiltas.learning.tests.factories import EnrolmentFactory, course

    programme, _module, lessons, _quiz = course(lessons=1)
    EnrolmentFactory(person=member, programme=programme)
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
            "OPTIONS": OPTIONS,
        }
    }
    settings.PAGE_CACHE = True
    anonymous, learner = Client(), Client()
    learner.force_login(member)
    learner.get(reverse("learning:dashboard"))  # the CSRF cookie, as after a sign-in
    assert anonymous.get(reverse("portal:home")).status_code == 200
    lesson = reverse("learning:lesson", args=[programme.slug, lessons[0].pk])
    for _ in range(2):
        assert learner.get(lesson).status_code == 200
    assert learner.get(reverse("healthz")).status_code == 503  # and it is reported


# --- Rate limits and used codes fail closed -------------------------------------------


def unreachable_caches() -> dict:
    """The production aliases (config/settings.py) on a Redis that is down."""
    location = f"redis://127.0.0.1:{closed_port()}/0"
    redis = {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": location}
    timeouts = {"SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5}
    return {
        "default": {**redis, "OPTIONS": {**timeouts, "IGNORE_EXCEPTIONS": True}},
        "counters": {**redis, "OPTIONS": timeouts},
    }


@pytest.mark.django_db
def test_sign_in_is_refused_while_redis_is_unreachable(settings, member):
    from django.test import Client

    from tiltas.accounts.models import LoginRecord
    from tiltas.accounts.tests.helpers import sign_in

    settings.CACHES = unreachable_caches()
    client = Client()
    # allauth cannot count the attempt, so it lets none through: even the right password.
    assert sign_in(client, member.email).status_code == 429
    assert "_auth_user_id" not in client.session
    assert not LoginRecord.objects.exists()


@pytest.mark.django_db
def test_totp_codes_are_refused_while_redis_is_unreachable(settings, coordinator):
    from django.test import Client
    from django.urls import reverse

    from tiltas.accounts.models import LoginRecord
    from tiltas.accounts.tests.helpers import sign_in, totp_code

    client = Client()
    assert sign_in(client, coordinator.email)["Location"] == reverse("mfa_authenticate")
    settings.CACHES = unreachable_caches()  # Redis goes down before the code is typed
    # The code cannot be marked as used, so it is not accepted: no replay window.
    response = client.post(reverse("mfa_authenticate"), {"code": totp_code()})
    assert response.status_code in {200, 429}
    assert "_auth_user_id" not in client.session
    assert not LoginRecord.objects.exists()


def run_production(args: list[str], **env: str) -> subprocess.CompletedProcess:
    from .test_security_settings import production_env

    environment = {**production_env(Path(tempfile.mkdtemp())), **env}
    environment = {key: value for key, value in environment.items() if value}
    return subprocess.run(  # noqa: S603 - our own interpreter
        [sys.executable, *args], cwd=settings.BASE_DIR, env=environment,
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_production_refuses_to_start_without_a_shared_cache():
    check = run_production(["manage.py", "check"], REDIS_URL="")
    assert check.returncode != 0 and "tiltas.E001" in check.stderr
    serve = run_production(["-c", "import config.wsgi"], REDIS_URL="")
    assert serve.returncode != 0 and "ImproperlyConfigured" in serve.stderr
    assert "tiltas.E001" in serve.stderr
    assert run_production(["-c", "import config.wsgi"]).returncode == 0  # with REDIS_URL
    # The benchmark profile runs on one machine, as it is.
    assert run_production(["manage.py", "check"], REDIS_URL="", TILTAS_ENV="bench").returncode == 0


def test_production_refuses_counters_that_ignore_errors(settings):
    from tiltas.core.checks import production_check

    settings.ENV = "production"
    settings.ALLOWED_HOSTS, settings.TILTAS_BASE_URL = ["tiltas.example"], "https://tiltas.example"
    settings.CACHES = unreachable_caches()
    assert production_check() == []
    settings.CACHES["counters"]["OPTIONS"]["IGNORE_EXCEPTIONS"] = True
    assert [message.id for message in production_check()] == ["tiltas.E002"]
