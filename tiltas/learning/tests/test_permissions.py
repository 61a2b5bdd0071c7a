"""Every learning URL against every role, plus object-level checks."""

import pytest
from django.test import Client
from django.urls import URLPattern, reverse

from tiltas.core.roles import Role
from tiltas.learning.permissions import can_manage

from .factories import ProgrammeFactory
from .url_samples import url_samples

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", *Role.values]


def learning_patterns() -> list[URLPattern]:
    # The app's own list: the site includes it indexed by path segments.
    from tiltas.learning import urls

    return list(urls.urlpatterns)


def test_every_view_has_an_access_rule():
    for pattern in learning_patterns():
        assert hasattr(pattern.callback, "access"), pattern.name


def test_url_samples_cover_every_url_with_arguments():
    samples = url_samples()
    for pattern in learning_patterns():
        if pattern.pattern.regex.groups:
            assert f"learning:{pattern.name}" in samples, pattern.name


@pytest.mark.parametrize("role", ROLES)
def test_matrix(role, make_user):
    user = None
    if role != "anonymous":
        extra = {"is_staff": True, "is_superuser": True} if role == Role.ADMINISTRATOR else {}
        user = make_user(role=role, **extra)
    client = Client()
    if user is not None:
        client.force_login(user)
    samples = url_samples()
    for pattern in learning_patterns():
        name = f"learning:{pattern.name}"
        url = reverse(name, kwargs=samples.get(name, {}))
        response = client.get(url)
        if response.streaming:
            b"".join(response.streaming_content)
        rule = pattern.callback.access
        if rule.kind == "public":
            assert response.status_code in {200, 302}, (name, role, response.status_code)
        elif user is None:
            assert response.status_code == 302 and "login" in response["Location"], name
        elif rule.kind == "roles" and role not in rule.roles:
            assert response.status_code == 403, (name, role)
        elif name in {
            "learning:attempt",
            "learning:external_edit",
            "learning:external_evidence",
        }:
            # One learner's own objects: everyone else gets 404.
            assert response.status_code == 404, (name, role)
        else:
            assert response.status_code in {200, 302, 405}, (name, role, response.status_code)


def test_can_manage_rules(trainer, coordinator, administrator, member, make_user):
    programme = ProgrammeFactory(trainers=[trainer])
    assert can_manage(trainer, programme)
    assert can_manage(coordinator, programme)
    assert can_manage(administrator, programme)
    assert not can_manage(member, programme)
    assert not can_manage(make_user(role=Role.TRAINER), programme)
    assert not can_manage(make_user(role=Role.INTEGRITY_OFFICER), programme)
