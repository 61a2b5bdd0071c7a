"""The API reads the network as a signed-out visitor: a private cluster or a
members-only or draft practice never appears, even to a member's session."""

import pytest

from conftest import client_for
from tiltas.core.roles import Role
from tiltas.network.models import Audience, ClusterVisibility, PracticeStatus
from tiltas.network.tests.cluster_factories import ClusterFactory, MembershipFactory
from tiltas.network.tests.factories import PracticeFactory

pytestmark = pytest.mark.django_db


def test_only_public_clusters_appear_even_to_their_members(member):
    ClusterFactory(slug="open-data", name="Open data")
    private = ClusterFactory(slug="officers", visibility=ClusterVisibility.PRIVATE)
    MembershipFactory(cluster=private, person=member)
    rows = client_for(member).get("/api/v1/clusters").json()
    assert [row["slug"] for row in rows["items"]] == ["open-data"]


def test_only_published_public_practices_appear(client, role_client):
    shown = PracticeFactory(title="Atviri duomenys")
    PracticeFactory(audience=Audience.MEMBERS)
    draft = PracticeFactory(status=PracticeStatus.DRAFT)
    rows = role_client(Role.COORDINATOR).get("/api/v1/practices").json()["items"]
    assert [row["id"] for row in rows] == [shown.pk]
    assert client.get(f"/api/v1/practices/{shown.pk}").json()["title"] == "Atviri duomenys"
    assert client.get(f"/api/v1/practices/{draft.pk}").status_code == 404


@pytest.mark.parametrize("times", [1, 10])
def test_the_network_lists_make_a_bounded_number_of_queries(
    client, times, django_assert_max_num_queries
):
    for _ in range(times):
        ClusterFactory()
        PracticeFactory()
    with django_assert_max_num_queries(5):
        assert client.get("/api/v1/clusters").status_code == 200
    with django_assert_max_num_queries(5):
        assert client.get("/api/v1/practices").status_code == 200
