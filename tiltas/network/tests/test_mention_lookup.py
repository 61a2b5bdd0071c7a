"""The @mention lookup behind the post form's autocomplete: who may ask, whom
it suggests (the cluster's active members only), how many, and its brake."""

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone, translation

from conftest import client_for
from tiltas.network.models import ClusterVisibility
from tiltas.network.views.mentions import LOOKUPS_PER_MINUTE, MENTION_SUGGESTIONS

from .cluster_factories import ClusterFactory, MembershipFactory

pytestmark = pytest.mark.django_db


def lookup(client, cluster=None, q: str = "", language: str = "en"):
    with translation.override(language):
        address = reverse("network:mention_lookup")
    query = {"q": q} | ({"cluster": cluster.slug} if cluster else {})
    return client.get(address, query)


def names(response) -> list[str]:
    assert response.status_code == 200
    return [row["name"] for row in response.json()["results"]]


@pytest.fixture
def asker(person, cluster):
    someone = person("Jonas Jonaitis")
    MembershipFactory(cluster=cluster, person=someone)
    return someone


def test_members_are_found_by_the_start_of_their_handle_or_a_later_name(cluster, asker, person):
    for name in ("Ona Petraitienė", "Petras Petraitis", "Rūta Onaitė"):
        MembershipFactory(cluster=cluster, person=person(name))
    person("Petrė Neklasterytė")  # not a member: never suggested
    client = client_for(asker)
    assert names(lookup(client, cluster, "petr")) == ["Ona Petraitienė", "Petras Petraitis"]
    assert names(lookup(client, cluster, "ona")) == ["Ona Petraitienė", "Rūta Onaitė"]
    assert names(lookup(client, cluster, "ona-petraitiene")) == ["Ona Petraitienė"]
    assert names(lookup(client, cluster, "Rūta")) == ["Rūta Onaitė"]
    rows = lookup(client, cluster, "petraitie").json()["results"]
    assert rows == [{"name": "Ona Petraitienė", "handle": "ona-petraitiene"}]


def test_the_asker_and_inactive_members_are_not_suggested(cluster, asker, person):
    MembershipFactory(cluster=cluster, person=person("Jonė Jonaitytė", is_active=False))
    assert names(lookup(client_for(asker), cluster, "jon")) == []


def test_at_most_eight_people_are_suggested(cluster, asker, person):
    for n in range(MENTION_SUGGESTIONS + 4):
        MembershipFactory(cluster=cluster, person=person(f"Asta Narytė {n:02d}"))
    response = lookup(client_for(asker), cluster, "asta")
    assert len(names(response)) == MENTION_SUGGESTIONS == 8
    assert response.json()["status"].startswith("8 people found")


def test_the_status_is_said_in_the_askers_language(cluster, asker, person):
    MembershipFactory(cluster=cluster, person=person("Ona Petraitienė"))
    found = lookup(client_for(asker), cluster, "ona", language="lt").json()["status"]
    none = lookup(client_for(asker), cluster, "zz", language="nb").json()["status"]
    assert found.startswith("Rastas 1 asmuo")
    assert none == "Ingen medlem av denne klyngen har det navnet."


def test_anonymous_visitors_are_sent_to_sign_in(cluster):
    response = lookup(client_for(None), cluster, "on")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_without_a_cluster_no_one_is_suggested(asker):
    assert names(lookup(client_for(asker), None, "on")) == []


@pytest.mark.parametrize(
    "role", ["member", "trainer", "coordinator", "integrity_officer", "administrator"]
)
def test_a_clusters_members_are_suggested_to_its_members_only(role, role_client, person):
    private = ClusterFactory(visibility=ClusterVisibility.PRIVATE)
    public = ClusterFactory()
    for cluster in (private, public):
        MembershipFactory(cluster=cluster, person=person("Ona Petraitienė"))
    client = role_client(role)
    assert lookup(client, private, "ona").status_code == 404
    assert lookup(client, public, "ona").status_code == 404  # posts there only as a member
    inside = MembershipFactory(cluster=private, person=person("Kari Nordmann")).person
    assert names(lookup(client_for(inside), private, "ona")) == ["Ona Petraitienė"]


def test_lookups_are_rate_limited(cluster, asker):
    client = client_for(asker)
    # A still clock: under load the requests could outlast the minute's window.
    with time_machine.travel(timezone.now(), tick=False):
        codes = [lookup(client, cluster, "on").status_code for _n in range(LOOKUPS_PER_MINUTE + 1)]
    assert set(codes[:-1]) == {200}
    assert codes[-1] == 429
