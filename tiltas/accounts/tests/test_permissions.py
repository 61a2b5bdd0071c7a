import pytest
from django.http import Http404

from tiltas.accounts.permissions import (
    access_organisation_for_manage_by_id,
    access_organisation_logo_by_slug,
    access_person_for_manage_by_id,
)

from .factories import OrganisationFactory


@pytest.mark.django_db
def test_organisation_access_for_managers_only(member, trainer, coordinator, administrator):
    organisation = OrganisationFactory()
    assert access_organisation_for_manage_by_id(coordinator, organisation.pk) == organisation
    assert access_organisation_for_manage_by_id(administrator, organisation.pk) == organisation
    for person in (member, trainer):
        with pytest.raises(Http404):
            access_organisation_for_manage_by_id(person, organisation.pk)
    with pytest.raises(Http404):
        access_organisation_for_manage_by_id(coordinator, organisation.pk + 1000)


@pytest.mark.django_db
def test_person_access_for_administrators_only(member, coordinator, administrator):
    assert access_person_for_manage_by_id(administrator, member.pk) == member
    with pytest.raises(Http404):
        access_person_for_manage_by_id(coordinator, member.pk)
    with pytest.raises(Http404):
        access_person_for_manage_by_id(administrator, 10**9)


@pytest.mark.django_db
def test_deactivated_administrator_has_no_access(administrator, member):
    administrator.is_active = False
    with pytest.raises(Http404):
        access_person_for_manage_by_id(administrator, member.pk)


@pytest.mark.django_db
def test_logo_access_needs_a_logo(member):
    with pytest.raises(Http404):
        access_organisation_logo_by_slug(member, OrganisationFactory().slug)
    with pytest.raises(Http404):
        access_organisation_logo_by_slug(member, "missing")
