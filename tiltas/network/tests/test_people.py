"""The people directory and profiles: each part shown only to whom its owner chose."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from conftest import client_for
from tiltas.accounts.models import Country, OrganisationType, Region
from tiltas.accounts.tests.factories import OrganisationFactory, UserFactory
from tiltas.competencies.tests.factories import assess, build_framework
from tiltas.core.audit import AuditEntry
from tiltas.network.models import NetworkProfile, Visibility
from tiltas.network.selectors.people import people_directory
from tiltas.network.services.people import profile_save

pytestmark = pytest.mark.django_db

ALL_HIDDEN = {
    "organisation_visibility": Visibility.HIDDEN,
    "position_visibility": Visibility.HIDDEN,
    "region_visibility": Visibility.HIDDEN,
    "bio_visibility": Visibility.HIDDEN,
    "competencies_visibility": Visibility.HIDDEN,
    "email_visibility": Visibility.HIDDEN,
}


def url(name: str, **kwargs) -> str:
    with translation.override("en"):
        return reverse(f"network:{name}", kwargs=kwargs)


@pytest.fixture
def bodo():
    return OrganisationFactory(
        name="Bodø kommune", slug="bodo", country=Country.NO, region=Region.NO_NORDLAND
    )


@pytest.fixture
def ingrid(bodo):
    return UserFactory(
        full_name="Ingrid Hansen",
        email="ingrid@bodo.kommune.no",
        country=Country.NO,
        position="Rådgiver for folkehelse",
        organisation=bodo,
    )


def names(**filters) -> list[str]:
    return [person.full_name for person in people_directory(**filters)]


def test_a_profile_is_saved_with_its_choices_and_audited(ingrid):
    profile = profile_save(
        person=ingrid,
        data={"bio": "  Jeg jobber med folkehelse.  ", "email_visibility": Visibility.MEMBERS},
    )
    assert profile.bio == "Jeg jobber med folkehelse."
    assert profile.email_visibility == Visibility.MEMBERS
    assert profile.bio_visibility == Visibility.MEMBERS  # default kept
    assert AuditEntry.objects.filter(action="network.profile.updated").exists()
    profile_save(person=ingrid, data={"bio": "Ny tekst"})
    assert NetworkProfile.objects.filter(person=ingrid).count() == 1


def test_a_region_of_another_country_is_refused(ingrid):
    with pytest.raises(ValidationError) as error:
        profile_save(person=ingrid, data={"region": Region.LT_VILNIUS})
    assert "region" in error.value.message_dict


def test_the_directory_filters_by_country_region_type_and_competency_area(ingrid):
    framework = build_framework(areas=2)
    area_a, area_b = framework.areas.order_by("code")
    jonas = UserFactory(
        full_name="Jonas Petraitis",
        organisation=OrganisationFactory(type=OrganisationType.NGO, region=Region.LT_KAUNAS),
    )
    profile_save(person=jonas, data={"competencies_visibility": Visibility.MEMBERS}, areas=[area_a])
    assert names() == ["Ingrid Hansen", "Jonas Petraitis"]
    assert names(country=Country.NO) == ["Ingrid Hansen"]
    assert names(region=Region.NO_NORDLAND) == ["Ingrid Hansen"]
    assert names(type=OrganisationType.NGO) == ["Jonas Petraitis"]
    assert names(area=area_a.code) == ["Jonas Petraitis"]
    assert names(area=area_b.code) == []


def test_the_directory_does_not_find_people_by_what_they_hide(ingrid):
    framework = build_framework(areas=1)
    area = framework.areas.get()
    profile_save(person=ingrid, data=ALL_HIDDEN, areas=[area])
    assert names(region=Region.NO_NORDLAND) == []
    assert names(type=OrganisationType.MUNICIPALITY) == []
    assert names(area=area.code) == []
    assert names(country=Country.NO) == ["Ingrid Hansen"]


def test_the_own_region_overrides_the_organisations(ingrid):
    profile_save(person=ingrid, data={"region": Region.NO_TROMS})
    assert names(region=Region.NO_NORDLAND) == []
    assert names(region=Region.NO_TROMS) == ["Ingrid Hansen"]


def test_members_see_what_is_for_members_and_anonymous_visitors_only_public_parts(ingrid):
    profile_save(
        person=ingrid,
        data={
            "bio": "Folkehelse i Nordland.",
            "position_visibility": Visibility.PUBLIC,
            "email_visibility": Visibility.HIDDEN,
        },
    )
    member_page = client_for(UserFactory()).get(url("person", pk=ingrid.pk)).content.decode()
    assert "Folkehelse i Nordland." in member_page
    assert "Bodø kommune" in member_page
    assert "ingrid@bodo.kommune.no" not in member_page
    anonymous_page = client_for(None).get(url("person", pk=ingrid.pk)).content.decode()
    assert "Rådgiver for folkehelse" in anonymous_page
    assert "Folkehelse i Nordland." not in anonymous_page
    assert "Bodø kommune" not in anonymous_page


def test_a_profile_with_nothing_public_is_404_for_anonymous_visitors(ingrid):
    assert client_for(None).get(url("person", pk=ingrid.pk)).status_code == 404
    profile_save(person=ingrid, data=ALL_HIDDEN)
    page = client_for(UserFactory()).get(url("person", pk=ingrid.pk))
    assert page.status_code == 200
    assert "Bodø kommune" not in page.content.decode()
    own = client_for(ingrid).get(url("person", pk=ingrid.pk)).content.decode()
    assert "Bodø kommune" in own and "ingrid@bodo.kommune.no" in own


def test_an_inactive_person_has_no_page(ingrid):
    ingrid.is_active = False
    ingrid.save()
    assert client_for(UserFactory()).get(url("person", pk=ingrid.pk)).status_code == 404


def test_the_competency_summary_shows_only_when_allowed(ingrid):
    framework = build_framework(areas=1, per_area=2)
    assess(ingrid, framework, {"A1": 2, "A2": 3})
    member = client_for(UserFactory())
    assert (
        "Highest self-assessed level"
        not in member.get(url("person", pk=ingrid.pk)).content.decode()
    )
    profile_save(person=ingrid, data={"competencies_visibility": Visibility.MEMBERS})
    page = member.get(url("person", pk=ingrid.pk)).content.decode()
    assert "Highest self-assessed level" in page
    assert "Area" in page


def test_the_organisation_page_lists_the_people_who_allow_it(client, ingrid, bodo):
    hidden = UserFactory(full_name="Ola Nordmann", organisation=bodo)
    profile_save(person=hidden, data=ALL_HIDDEN)
    assert "Ingrid Hansen" not in client.get(url("organisation", slug="bodo")).content.decode()
    member_page = client_for(UserFactory()).get(url("organisation", slug="bodo")).content.decode()
    assert "Ingrid Hansen" in member_page
    assert "Ola Nordmann" not in member_page
    profile_save(person=ingrid, data={"organisation_visibility": Visibility.PUBLIC})
    assert "Ingrid Hansen" in client.get(url("organisation", slug="bodo")).content.decode()


def test_the_settings_page_saves_the_choices(ingrid):
    client = client_for(ingrid)
    assert client.get(url("profile_settings")).status_code == 200
    data = {**ALL_HIDDEN, "bio": "Om meg", "region": "", "email_visibility": Visibility.PUBLIC}
    response = client.post(url("profile_settings"), data)
    assert response.status_code == 302
    assert NetworkProfile.objects.get(person=ingrid).email_visibility == Visibility.PUBLIC
    assert client_for(None).get(url("person", pk=ingrid.pk)).status_code == 200


def test_bad_input_on_the_settings_page_is_explained_and_kept(ingrid):
    data = {**ALL_HIDDEN, "bio": "Mitt arbeid", "region": Region.LT_VILNIUS}
    response = client_for(ingrid).post(url("profile_settings"), data)
    assert response.status_code == 400
    page = response.content.decode()
    assert "Choose a region of your own country." in page
    assert "Mitt arbeid" in page


def test_the_directory_is_for_members(ingrid):
    assert client_for(None).get(url("people")).status_code == 302
    page = client_for(UserFactory()).get(url("people"), {"country": "NO"}).content.decode()
    assert "Ingrid Hansen" in page


def test_a_later_page_of_the_directory_goes_on_by_name_with_each_persons_organisation(ingrid):
    """The page is read by ids first: the second page holds the 26th to 30th
    people by name, each with their organisation, in that order."""
    nordland = OrganisationFactory(name="Nordland fylkeskommune")
    for n in reversed(range(29)):
        UserFactory(full_name=f"Vardenis {n:02}", organisation=nordland)
    page = client_for(ingrid).get(url("people"), {"page": 2}).content.decode()
    shown = [f"Vardenis {n:02}" for n in range(24, 29)]
    assert [page.index(name) for name in shown] == sorted(page.index(name) for name in shown)
    assert "Vardenis 23" not in page and "Ingrid Hansen" not in page
    assert page.count("Nordland fylkeskommune") == 5


@pytest.mark.parametrize("times", [1, 10])
def test_the_directory_and_a_profile_have_a_query_budget(times, django_assert_max_num_queries):
    framework = build_framework(areas=2)
    for _n in range(3 * times):
        person = UserFactory(organisation=OrganisationFactory())
        profile_save(
            person=person,
            data={"competencies_visibility": Visibility.MEMBERS},
            areas=list(framework.areas.all()),
        )
        assess(person, framework, {"A1": 2, "B1": 3})
    client = client_for(UserFactory())
    with django_assert_max_num_queries(12):
        assert client.get(url("people")).status_code == 200
    with django_assert_max_num_queries(12):
        assert client.get(url("people"), {"area": "A"}).status_code == 200
    with django_assert_max_num_queries(14):
        assert client.get(url("person", pk=person.pk)).status_code == 200
    with django_assert_max_num_queries(10):
        assert client.get(url("organisation", slug=person.organisation.slug)).status_code == 200
