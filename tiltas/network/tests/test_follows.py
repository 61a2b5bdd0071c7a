"""Following clusters, people and organisations: the buttons, the rules, the data."""

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import translation

from conftest import client_for
from tiltas.accounts.tests.factories import OrganisationFactory
from tiltas.network.models import Activity, ClusterVisibility, Follow
from tiltas.network.personal_data.follows import FOLLOWS_AND_ACTIVITY
from tiltas.network.services.follows import follow_set
from tiltas.network.services.posts import thread_create

from .cluster_factories import ClusterFactory, MembershipFactory

pytestmark = pytest.mark.django_db


def url(name: str, *args) -> str:
    with translation.override("en"):
        return reverse(f"network:{name}", args=args)


def test_a_member_follows_a_cluster_and_stops(person):
    ona = person()
    cluster = ClusterFactory(name="Open procurement")
    client = client_for(ona)
    page = client.get(url("cluster", cluster.slug)).content.decode()
    assert "Follow<span" in page
    response = client.post(url("cluster_follow", cluster.slug), {"follow": "1"}, follow=True)
    assert "You follow it now" in response.content.decode()
    assert "Stop following" in response.content.decode()
    client.post(url("cluster_follow", cluster.slug), {"follow": "1"})  # a second click
    assert Follow.objects.filter(follower=ona, cluster=cluster).count() == 1
    response = client.post(url("cluster_follow", cluster.slug), {"follow": "0"}, follow=True)
    assert "You no longer follow it." in response.content.decode()
    assert not Follow.objects.filter(follower=ona).exists()


def test_a_member_follows_a_person_and_an_organisation(person):
    ona = person()
    organisation = OrganisationFactory(name="Bodø kommune")
    jonas = person("Jonas Jonaitis", organisation=organisation)
    client = client_for(ona)
    client.post(url("person_follow", jonas.pk), {"follow": "1"})
    client.post(url("organisation_follow", organisation.slug), {"follow": "1"})
    assert "Stop following" in client.get(url("person", jonas.pk)).content.decode()
    page = client.get(url("organisation", organisation.slug)).content.decode()
    assert "Stop following" in page
    assert Follow.objects.filter(follower=ona).count() == 2


def test_nobody_follows_themselves(person):
    ona = person()
    client = client_for(ona)
    assert "Stop following" not in client.get(url("person", ona.pk)).content.decode()
    response = client.post(url("person_follow", ona.pk), {"follow": "1"}, follow=True)
    assert "You cannot follow yourself." in response.content.decode()
    assert not Follow.objects.exists()
    with pytest.raises(IntegrityError), transaction.atomic():
        Follow.objects.create(follower=ona, person=ona)


def test_a_private_cluster_is_followed_by_its_members_only(person):
    cluster = ClusterFactory(visibility=ClusterVisibility.PRIVATE)
    outsider, member = person("Outsider"), person("Member")
    MembershipFactory(cluster=cluster, person=member)
    response = client_for(outsider).post(url("cluster_follow", cluster.slug), {"follow": "1"})
    assert response.status_code == 404
    client_for(member).post(url("cluster_follow", cluster.slug), {"follow": "1"})
    assert list(Follow.objects.values_list("follower_id", flat=True)) == [member.pk]


def test_following_takes_a_signed_in_post(person):
    cluster = ClusterFactory()
    anonymous = client_for(None).post(url("cluster_follow", cluster.slug), {"follow": "1"})
    assert anonymous.status_code == 302 and "/login/" in anonymous["Location"]
    assert client_for(person()).get(url("cluster_follow", cluster.slug)).status_code == 405
    assert not Follow.objects.exists()


def test_the_database_keeps_one_follow_per_target_and_one_target_per_follow(person):
    ona, cluster = person(), ClusterFactory()
    Follow.objects.create(follower=ona, cluster=cluster)
    with pytest.raises(IntegrityError), transaction.atomic():
        Follow.objects.create(follower=ona, cluster=cluster)
    with pytest.raises(IntegrityError), transaction.atomic():
        Follow.objects.create(follower=ona, organisation=OrganisationFactory(), person=person("B"))
    with pytest.raises(IntegrityError), transaction.atomic():
        Follow.objects.create(follower=ona)


def test_follows_and_activity_are_exported_and_erased(person):
    ona, jonas = person(), person("Jonas Jonaitis")
    cluster = ClusterFactory(name="Open procurement")
    MembershipFactory(cluster=cluster, person=ona)
    follow_set(follower=ona, following=True, cluster=cluster)
    follow_set(follower=jonas, following=True, person=ona)
    thread_create(cluster=cluster, person=ona, title="Data", body="Sveiki")
    exported = FOLLOWS_AND_ACTIVITY.export(ona)
    assert exported["following"][0]["cluster"] == "Open procurement"
    assert exported["followed_by"] == 1
    assert [item["what"] for item in exported["activity"]] == ["thread"]
    FOLLOWS_AND_ACTIVITY.erase(ona)
    assert not Follow.objects.exists()
    assert not Activity.objects.filter(actor=ona).exists()
