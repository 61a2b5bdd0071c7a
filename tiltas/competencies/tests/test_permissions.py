import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import Http404

from tiltas.accounts.tests.factories import UserFactory
from tiltas.competencies import selectors
from tiltas.competencies.permissions import (
    access_area_for_manage_by_id,
    access_competency_for_manage_by_id,
    access_evidence_by_id,
    access_evidence_for_manage_by_id,
    access_framework_for_manage_by_id,
    access_self_assessment_by_id,
    access_target_profile_for_manage_by_id,
)
from tiltas.core.roles import Role

from .factories import EvidenceFactory, TargetProfileFactory, assess, build_framework, teaching

pytestmark = pytest.mark.django_db


def test_evidence_is_seen_by_its_owner_the_trainers_of_its_competency_and_managers(member):
    competency = build_framework().competencies.first()
    evidence = EvidenceFactory(person=member, competency=competency)
    its_trainer, other_trainer = UserFactory(role=Role.TRAINER), UserFactory(role=Role.TRAINER)
    teaching(competency, its_trainer)
    teaching(build_framework(slug="other").competencies.first(), other_trainer)
    allowed = [member, its_trainer]
    allowed += [UserFactory(role=role) for role in (Role.COORDINATOR, Role.ADMINISTRATOR)]
    for user in allowed:
        assert access_evidence_by_id(user, evidence.pk) == evidence
    refused = [UserFactory(), UserFactory(role=Role.INTEGRITY_OFFICER), other_trainer]
    # Staff who signed in with a password alone have no staff power.
    refused += [
        UserFactory(role=role, with_totp=False) for role in (Role.TRAINER, Role.ADMINISTRATOR)
    ]
    teaching(competency, refused[-2])  # the trainer without TOTP teaches it
    for user in [*refused, AnonymousUser()]:
        with pytest.raises(Http404):
            access_evidence_by_id(user, evidence.pk)
    with pytest.raises(Http404):
        access_evidence_by_id(member, "not-a-number")


def test_only_others_uploaded_evidence_can_be_validated(trainer, member):
    competency = build_framework().competencies.first()
    teaching(competency, trainer)
    uploaded = EvidenceFactory(competency=competency)
    own = EvidenceFactory(person=trainer, competency=competency)
    automatic = EvidenceFactory(competency=competency, kind="automatic", source="x", link="")
    elsewhere = EvidenceFactory(competency=build_framework(slug="other").competencies.first())
    assert access_evidence_for_manage_by_id(trainer, uploaded.pk) == uploaded
    for pk in (own.pk, automatic.pk, elsewhere.pk):
        with pytest.raises(Http404):
            access_evidence_for_manage_by_id(trainer, pk)
    coordinator = UserFactory(role=Role.COORDINATOR)
    assert access_evidence_for_manage_by_id(coordinator, elsewhere.pk) == elsewhere
    with pytest.raises(Http404):
        access_evidence_for_manage_by_id(member, uploaded.pk)


def test_the_queue_shows_a_trainer_the_evidence_of_their_competencies_and_managers_all(trainer):
    competency = build_framework().competencies.first()
    teaching(competency, trainer)
    theirs = EvidenceFactory(competency=competency)
    elsewhere = EvidenceFactory(competency=build_framework(slug="other").competencies.first())
    assert list(selectors.evidence_queue(reviewer=trainer)) == [theirs]
    coordinator = UserFactory(role=Role.COORDINATOR)
    assert set(selectors.evidence_queue(reviewer=coordinator)) == {theirs, elsewhere}
    for nobody in (UserFactory(), UserFactory(role=Role.COORDINATOR, with_totp=False)):
        assert not selectors.evidence_queue(reviewer=nobody).exists()


def test_self_assessments_are_private(member):
    framework = build_framework()
    mine = assess(member, framework, {"A1": 1})
    assert access_self_assessment_by_id(member, mine.pk) == mine
    for user in (UserFactory(), UserFactory(role=Role.COORDINATOR), AnonymousUser()):
        with pytest.raises(Http404):
            access_self_assessment_by_id(user, mine.pk)


def test_areas_and_competencies_belong_to_the_framework_in_the_url(coordinator):
    one, other = build_framework(slug="one"), build_framework(slug="two", published=False)
    area, competency = one.areas.first(), one.competencies.first()
    assert access_area_for_manage_by_id(coordinator, one, area.pk) == area
    assert access_competency_for_manage_by_id(coordinator, one, competency.pk) == competency
    with pytest.raises(Http404):
        access_area_for_manage_by_id(coordinator, other, area.pk)
    with pytest.raises(Http404):
        access_competency_for_manage_by_id(coordinator, other, competency.pk)


def test_framework_and_target_profile_gates_are_for_managers_only(coordinator, trainer, member):
    framework = build_framework(published=False)
    profile = TargetProfileFactory()
    area, competency = framework.areas.first(), framework.competencies.first()
    assert access_framework_for_manage_by_id(coordinator, framework.pk) == framework
    assert access_target_profile_for_manage_by_id(coordinator, profile.pk) == profile
    for user in (trainer, member, AnonymousUser()):
        with pytest.raises(Http404):
            access_framework_for_manage_by_id(user, framework.pk)
        with pytest.raises(Http404):
            access_area_for_manage_by_id(user, framework, area.pk)
        with pytest.raises(Http404):
            access_competency_for_manage_by_id(user, framework, competency.pk)
        with pytest.raises(Http404):
            access_target_profile_for_manage_by_id(user, profile.pk)
