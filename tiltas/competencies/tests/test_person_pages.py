"""The competency profile kept in the shared cache (tiltas.core.person_cache):
a trainer's validation, a new self-assessment or a changed target profile is
on the member's profile at their next visit."""

import datetime

import pytest

from tiltas.competencies import services

from .factories import EvidenceFactory, TargetProfileFactory, assess, build_framework, target
from .view_helpers import client_for, url

# Real commits: the versions change in on-commit callbacks.
pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def profile_page(member):
    framework = build_framework(areas=1, per_area=2)
    profile = TargetProfileFactory()
    competencies = list(framework.competencies.order_by("code"))
    for competency in competencies:
        target(profile, competency, 4)
    services.profile_choose(person=member, profile=profile)
    assess(member, framework, {c.code: 1 for c in competencies}, on=datetime.date(2026, 1, 5))
    client = client_for(member)
    client.get(url("profile"))  # rendered and kept
    return client, framework, profile, competencies


def gaps(client) -> int:
    return client.get(url("profile")).content.decode().count('class="gap-open">3<')


def test_a_validation_by_a_trainer_shows_on_the_cached_profile(
    shared_cache, member, trainer, profile_page
):
    client, _framework, _profile, competencies = profile_page
    assert gaps(client) == 2
    evidence = EvidenceFactory(person=member, competency=competencies[0])
    services.evidence_validate(evidence=evidence, actor=trainer, level=4, comment="")
    assert gaps(client) == 1


def test_a_new_self_assessment_shows_on_the_cached_profile(shared_cache, member, profile_page):
    client, framework, _profile, competencies = profile_page
    assert gaps(client) == 2
    assess(member, framework, {c.code: 2 for c in competencies}, on=datetime.date(2026, 2, 5))
    assert gaps(client) == 0
    assert 'class="gap-open">2<' in client.get(url("profile")).content.decode()


def test_a_changed_target_profile_shows_on_the_cached_profile(shared_cache, profile_page):
    client, _framework, profile, competencies = profile_page
    assert gaps(client) == 2
    profile.levels.filter(competency=competencies[1]).update(level=1)  # no signal
    target_level = profile.levels.get(competency=competencies[0])
    target_level.level = 2
    target_level.save()  # as the Django admin does
    assert gaps(client) == 0
