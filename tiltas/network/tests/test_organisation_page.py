"""An organisation's page: its people, clusters and the events it attended."""

import pytest
from django.urls import reverse
from django.utils import translation

from conftest import client_for
from tiltas.accounts.tests.factories import OrganisationFactory
from tiltas.events.models import Attendance, EventStatus
from tiltas.events.tests.factories import EventFactory, RegistrationFactory
from tiltas.network.models import ClusterOrganisation, ClusterVisibility, Visibility
from tiltas.network.services.people import profile_save

from .cluster_factories import ClusterFactory, MembershipFactory

pytestmark = pytest.mark.django_db


def page_of(organisation, user=None) -> str:
    with translation.override("en"):
        address = reverse("network:organisation", args=[organisation.slug])
    return client_for(user).get(address).content.decode()


def attended(event, person):
    registration = RegistrationFactory(event=event, person=person)
    Attendance.objects.create(registration=registration, day=event.starts_at.date())


def test_the_page_shows_clusters_a_visitor_may_see(person):
    organisation = OrganisationFactory()
    open_cluster = ClusterFactory(name="Open procurement")
    closed = ClusterFactory(name="Closed circle", visibility=ClusterVisibility.PRIVATE)
    for cluster in (open_cluster, closed):
        ClusterOrganisation.objects.create(cluster=cluster, organisation=organisation)
    member = person()
    MembershipFactory(cluster=closed, person=member)
    anonymous = page_of(organisation)
    assert "Open procurement" in anonymous and "Closed circle" not in anonymous
    assert "Closed circle" not in page_of(organisation, person("Outsider"))
    assert "Closed circle" in page_of(organisation, member)


def test_the_page_shows_published_events_its_people_attended(person):
    organisation = OrganisationFactory()
    someone = person(organisation=organisation)
    held = EventFactory(title_en="Integrity in Bergen")
    attended(held, someone)
    RegistrationFactory(event=EventFactory(title_en="Registered only"), person=someone)
    attended(EventFactory(title_en="Draft event", status=EventStatus.DRAFT), someone)
    attended(EventFactory(title_en="Other people's"), person("Other"))
    page = page_of(organisation)
    assert "Events attended" in page and "Integrity in Bergen" in page
    for absent in ("Registered only", "Draft event", "Other people"):
        assert absent not in page


def test_the_page_shows_people_as_their_profiles_allow(person):
    organisation = OrganisationFactory()
    person("Ona Members", organisation=organisation)
    public = person("Rūta Public", organisation=organisation)
    profile_save(person=public, data={"organisation_visibility": Visibility.PUBLIC})
    hidden = person("Jonas Hidden", organisation=organisation)
    profile_save(person=hidden, data={"organisation_visibility": Visibility.HIDDEN})
    anonymous, signed_in = page_of(organisation), page_of(organisation, person("Viewer"))
    assert "Rūta Public" in anonymous and "Ona Members" not in anonymous
    assert "Ona Members" in signed_in and "Rūta Public" in signed_in
    assert "Jonas Hidden" not in anonymous + signed_in


@pytest.mark.parametrize("times", [1, 10])
def test_the_page_has_a_query_budget(person, times, django_assert_max_num_queries):
    organisation = OrganisationFactory()
    for n in range(3 * times):
        someone = person(f"Person {n}", organisation=organisation)
        cluster = ClusterFactory()
        MembershipFactory(cluster=cluster, person=someone)
        ClusterOrganisation.objects.create(cluster=cluster, organisation=organisation)
        attended(EventFactory(), someone)
    client = client_for(person("Viewer"))
    with translation.override("en"):
        address = reverse("network:organisation", args=[organisation.slug])
    with django_assert_max_num_queries(11):
        assert client.get(address).status_code == 200
