"""Fixtures shared by every app's tests: one signed-in client per role."""

import pytest
from django.test import Client

from tiltas.core.roles import Role

ROLES = ["anonymous", *Role.values]


@pytest.fixture(scope="session", autouse=True)
def _throwaway_media():
    import shutil

    from django.conf import settings

    yield
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)
    shutil.rmtree(settings.EVIDENCE_ROOT, ignore_errors=True)


@pytest.fixture(autouse=True)
def _default_language():
    # A test that renders /en/ or /nb/ pages leaves that language active in the
    # thread; every test starts and ends in the default language instead.
    from django.utils import translation

    translation.activate("lt")
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _clear_cache():
    # Rate limits and used TOTP codes live in the caches: start each test clean.
    from django.core.cache import caches

    for cache in caches.all():
        cache.clear()
    yield
    for cache in caches.all():
        cache.clear()


@pytest.fixture
def make_user(db):
    from tiltas.accounts.tests.factories import UserFactory

    return UserFactory


@pytest.fixture
def member(make_user):
    return make_user(role=Role.MEMBER)


@pytest.fixture
def trainer(make_user):
    return make_user(role=Role.TRAINER)


@pytest.fixture
def coordinator(make_user):
    return make_user(role=Role.COORDINATOR)


@pytest.fixture
def integrity_officer(make_user):
    return make_user(role=Role.INTEGRITY_OFFICER)


@pytest.fixture
def administrator(make_user):
    return make_user(role=Role.ADMINISTRATOR, is_staff=True, is_superuser=True)


def client_for(user) -> Client:
    """A test client signed in as ``user`` (or anonymous for None)."""
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


@pytest.fixture
def role_client(make_user):
    """``role_client("coordinator")`` gives a signed-in client of that role."""

    def build(role: str) -> Client:
        if role == "anonymous":
            return Client()
        extra = {"is_staff": True, "is_superuser": True} if role == Role.ADMINISTRATOR else {}
        return client_for(make_user(role=role, **extra))

    return build


@pytest.fixture
def shared_cache(settings):
    """Production mode (Redis): pages and shared data kept per scope. One test
    process shares its local memory, so that stands in for Redis."""
    from django.core.cache import cache

    from tiltas.core import scopes

    settings.PAGE_CACHE = True
    cache.clear()
    scopes.forget_local()
    yield
    scopes.forget_local()


@pytest.fixture
def restore_language():
    """Requests for /en/ pages leave English active in this thread
    (LocaleMiddleware); later tests reverse their URLs in the default language."""
    from django.utils import translation

    language = translation.get_language()
    yield
    translation.activate(language)
