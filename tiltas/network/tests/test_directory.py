"""The network directory: organisations found by country, region and type, and their pages."""

import pytest
from django.urls import reverse
from django.utils import translation

from tiltas.accounts.models import Country, OrganisationType, Region
from tiltas.accounts.tests.factories import OrganisationFactory, UserFactory
from tiltas.core import scopes
from tiltas.network.selectors import organisations_directory, people_counted

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "member", "trainer", "coordinator", "integrity_officer", "administrator"]


def url(name: str, **kwargs) -> str:
    with translation.override("en"):
        return reverse(f"network:{name}", kwargs=kwargs)


@pytest.fixture
def organisations():
    return {
        "jonava": OrganisationFactory(
            name="Jonavos rajono savivaldybė", country=Country.LT, region=Region.LT_KAUNAS
        ),
        "caritas": OrganisationFactory(
            name="Vilniaus Caritas", type=OrganisationType.NGO, region=Region.LT_VILNIUS
        ),
        "bodo": OrganisationFactory(
            name="Bodø kommune", slug="bodo", country=Country.NO, region=Region.NO_NORDLAND
        ),
    }


def names(**filters) -> list[str]:
    return [row.name for row in organisations_directory(**filters)]


def test_the_directory_filters_by_country_region_and_type(organisations):
    assert names() == ["Bodø kommune", "Jonavos rajono savivaldybė", "Vilniaus Caritas"]
    assert names(country=Country.NO) == ["Bodø kommune"]
    assert names(region=Region.LT_KAUNAS) == ["Jonavos rajono savivaldybė"]
    assert names(type=OrganisationType.NGO) == ["Vilniaus Caritas"]
    assert names(country=Country.NO, type=OrganisationType.NGO) == []


def test_the_directory_counts_only_active_people(organisations):
    UserFactory(organisation=organisations["bodo"])
    UserFactory(organisation=organisations["bodo"], is_active=False)
    [row] = people_counted(list(organisations_directory(country=Country.NO)))
    assert row.people_count == 1


def test_the_directory_counts_people_for_its_page_only(client, django_assert_num_queries):
    """Counting, the page of organisations and their people: the same three
    queries for 30 organisations as for 3, and only the page's 25 shown."""
    for n in range(30):
        organisation = OrganisationFactory(name=f"Organizacija {n:02}")
        UserFactory(organisation=organisation)
    with django_assert_num_queries(3):
        page = client.get(url("directory")).content.decode()
    assert "Organizacija 24" in page and "Organizacija 25" not in page
    assert page.count('<td class="number">1</td>') == 25


def test_the_cached_directory_shows_changes_to_organisations_and_people(
    client, organisations, shared_cache, monkeypatch, django_assert_num_queries,
    django_capture_on_commit_callbacks,
):  # fmt: skip
    """Anonymous visitors are served the kept directory; a person joining or
    leaving an organisation, or an organisation renamed, shows at once."""
    monkeypatch.setattr(scopes, "LOCAL_SECONDS", 0)
    bodo = organisations["bodo"]
    query = {"country": "NO"}
    assert '<td class="number">0</td>' in client.get(url("directory"), query).content.decode()
    with django_assert_num_queries(0):
        client.get(url("directory"), query)
    with django_capture_on_commit_callbacks(execute=True):
        person = UserFactory(organisation=bodo)
    assert '<td class="number">1</td>' in client.get(url("directory"), query).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        person.is_active = False
        person.save()
    assert '<td class="number">0</td>' in client.get(url("directory"), query).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        bodo.name = "Bodø kommune, Nordland"
        bodo.save()
    assert "Bodø kommune, Nordland" in client.get(url("directory"), query).content.decode()


def test_the_directory_page_shows_the_filtered_organisations(client, organisations):
    page = client.get(url("directory"), {"country": "NO"}).content.decode()
    assert "Bodø kommune" in page
    assert "Vilniaus Caritas" not in page


def test_an_unknown_filter_value_is_explained_and_keeps_the_choice_visible(client, organisations):
    response = client.get(url("directory"), {"country": "XX", "type": "ngo"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Select a valid choice" in page
    assert "Vilniaus Caritas" in page  # the invalid filter narrows nothing


def test_an_empty_result_says_so(client, organisations):
    page = client.get(url("directory"), {"country": "NO", "type": "ngo"}).content.decode()
    assert "No organisation matches these filters." in page


@pytest.mark.parametrize("role", ROLES)
def test_every_role_sees_the_directory_and_an_organisation_page(role_client, role, organisations):
    client = role_client(role)
    assert client.get(url("directory")).status_code == 200
    response = client.get(url("organisation", slug="bodo"))
    assert response.status_code == 200
    assert "Nordland" in response.content.decode()


@pytest.mark.parametrize("role", ROLES)
def test_an_unknown_organisation_is_404_for_every_role(role_client, role):
    assert role_client(role).get(url("organisation", slug="nowhere")).status_code == 404


@pytest.mark.parametrize("times", [1, 10])
def test_the_directory_and_organisation_pages_have_a_query_budget(
    client, times, django_assert_max_num_queries
):
    for _n in range(3 * times):
        organisation = OrganisationFactory()
        UserFactory(organisation=organisation)
    with django_assert_max_num_queries(6):
        assert client.get(url("directory")).status_code == 200
    with django_assert_max_num_queries(6):
        assert client.get(url("organisation", slug=organisation.slug)).status_code == 200
