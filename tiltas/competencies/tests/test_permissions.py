import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import Http404

from tiltas.accounts.tests.factories import UserFactory
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

from .factories import EvidenceFactory, TargetProfileFactory, assess, build_framework

pytestmark = pytest.mark.django_db


def test_evidence_is_seen_by_its_owner_and_by_teaching_staff_only(member):
    evidence = EvidenceFactory(person=member, competency=build_framework().competencies.first())
    assert access_evidence_by_id(member, evidence.pk) == evidence
    for role in (Role.TRAINER, Role.COORDINATOR, Role.ADMINISTRATOR):
        assert access_evidence_by_id(UserFactory(role=role), evidence.pk) == evidence
    for user in (UserFactory(), UserFactory(role=Role.INTEGRITY_OFFICER), AnonymousUser()):
        with pytest.raises(Http404):
            access_evidence_by_id(user, evidence.pk)
    with pytest.raises(Http404):
        access_evidence_by_id(member, "not-a-number")


def test_only_others_uploaded_evidence_can_be_validated(trainer, member):
    competency = build_framework().competencies.first()
    uploaded = EvidenceFactory(competency=competency)
    own = EvidenceFactory(person=trainer, competency=competency)
    automatic = EvidenceFactory(competency=competency, kind="automatic", source="x", link="")
    assert access_evidence_for_manage_by_id(trainer, uploaded.pk) == uploaded
    for pk in (own.pk, automatic.pk):
        with pytest.raises(Http404):
            access_evidence_for_manage_by_id(trainer, pk)
    with pytest.raises(Http404):
        access_evidence_for_manage_by_id(member, uploaded.pk)


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
