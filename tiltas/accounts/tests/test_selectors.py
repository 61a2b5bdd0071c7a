import pytest

from tiltas.accounts.models import ProjectRole
from tiltas.accounts.selectors import (
    organisation_get,
    organisation_list,
    organisation_list_by_project_role,
    user_search,
)

from .factories import OrganisationFactory


@pytest.mark.django_db
def test_partners_page_order_is_applicant_first_then_partners_by_name():
    OrganisationFactory(name="Aaa partner", project_role=ProjectRole.PARTNER)
    OrganisationFactory(name="Zzz applicant", project_role=ProjectRole.APPLICANT)
    OrganisationFactory(name="Bbb partner", project_role=ProjectRole.PARTNER)
    OrganisationFactory(name="Outsider", project_role=ProjectRole.NONE)
    names = [o.name for o in organisation_list_by_project_role()]
    assert names == ["Zzz applicant", "Aaa partner", "Bbb partner"]


@pytest.mark.django_db
def test_organisation_get_and_list():
    organisation = OrganisationFactory(name="Fjordvik kommune")
    assert organisation_get(slug=organisation.slug) == organisation
    assert organisation_get(slug="missing") is None
    assert list(organisation_list(query="fjord")) == [organisation]


@pytest.mark.django_db
def test_user_search_by_name_email_and_organisation(make_user):
    kommune = OrganisationFactory(name="Fjordvik kommune")
    a = make_user(full_name="Kari Nordmann")
    b = make_user(email="ola@fjordvik.no")
    c = make_user(organisation=kommune)
    assert list(user_search(query="nordmann")) == [a]
    assert list(user_search(query="ola@fjord")) == [b]
    assert list(user_search(query="fjordvik k")) == [c]
    assert user_search(query="", per_page=2).paginator.num_pages == 2
