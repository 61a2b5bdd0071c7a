"""Moderation: flags, the queue, hiding and restoring, suspensions; the
personal data of the network and its demo content."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from conftest import client_for
from tiltas.core.models import AuditEntry
from tiltas.network.demo import load_demo
from tiltas.network.models import (
    Cluster,
    ClusterRole,
    ClusterVisibility,
    Flag,
    Post,
    Reaction,
)
from tiltas.network.personal_data.clusters import CLUSTERS
from tiltas.network.selectors.clusters import moderation_queue
from tiltas.network.services import clusters as cluster_services
from tiltas.network.services import moderation as services
from tiltas.network.services import posts as post_services
from tiltas.notifications.models import Notification

from .cluster_factories import ClusterFactory, MembershipFactory, PostFactory, ThreadFactory

pytestmark = pytest.mark.django_db


def url(name: str, *args) -> str:
    with translation.override("en"):
        return reverse(f"network:{name}", args=args)


@pytest.fixture
def flagged(person):
    cluster = ClusterFactory()
    author = person("Spamas Spamauskas")
    post = PostFactory(thread=ThreadFactory(cluster=cluster), author=author, body="Pirkite!")
    services.flag_create(post=post, person=person("Ona"), reason="spam")
    return post


def test_a_person_flags_a_post_once(client, flagged, person):
    jonas = person("Jonas")
    client.force_login(jonas)
    client.post(url("post_flag", flagged.pk), {"reason": "abuse", "note": "Reklama"})
    assert Flag.objects.filter(post=flagged).count() == 2
    with pytest.raises(ValidationError):
        services.flag_create(post=flagged, person=jonas, reason="spam")


def test_the_queue_shows_flags_to_the_clusters_moderators_and_managers(
    flagged, person, coordinator
):
    moderator = MembershipFactory(cluster=flagged.thread.cluster, role=ClusterRole.MODERATOR)
    member = MembershipFactory(cluster=flagged.thread.cluster)
    PostFactory(thread=flagged.thread, body="Unflagged")  # never in the queue
    assert list(moderation_queue(moderator.person)) == [flagged]
    assert list(moderation_queue(coordinator)) == [flagged]
    assert list(moderation_queue(member.person)) == []
    page = client_for(coordinator).get(url("moderation")).content.decode()
    assert "Pirkite!" in page


def test_a_private_clusters_flags_stay_with_its_own_moderators(person, coordinator):
    cluster = ClusterFactory(visibility=ClusterVisibility.PRIVATE)
    post = PostFactory(thread=ThreadFactory(cluster=cluster))
    services.flag_create(post=post, person=person(), reason="spam")
    assert list(moderation_queue(coordinator)) == []
    owner = MembershipFactory(cluster=cluster, role=ClusterRole.OWNER).person
    assert list(moderation_queue(owner)) == [post]


def test_a_moderator_hides_a_flagged_post_audited_and_the_author_told(client, flagged, person):
    moderator = MembershipFactory(cluster=flagged.thread.cluster, role=ClusterRole.MODERATOR)
    client.force_login(moderator.person)
    client.post(url("post_moderate", flagged.pk), {"action": "hide", "next": "queue"})
    flagged.refresh_from_db()
    assert flagged.is_hidden
    assert AuditEntry.objects.filter(action="network.post.hidden").exists()
    assert Notification.objects.get(recipient=flagged.author).kind == "network.post_hidden"
    assert list(moderation_queue(moderator.person)) == []  # its flags are dealt with
    thread_url = url("thread", flagged.thread_id)
    reader = client_for(person("Skaitytojas")).get(thread_url).content.decode()
    assert "Pirkite!" not in reader and "hidden by a moderator" in reader
    assert client_for(person("Kitas")).get(url("post", flagged.pk)).status_code == 404
    assert "Pirkite!" in client_for(flagged.author).get(thread_url).content.decode()
    client.post(url("post_moderate", flagged.pk), {"action": "restore"})
    flagged.refresh_from_db()
    assert not flagged.is_hidden
    assert AuditEntry.objects.filter(action="network.post.restored").exists()


def test_a_member_cannot_hide_posts(client, flagged):
    member = MembershipFactory(cluster=flagged.thread.cluster)
    client.force_login(member.person)
    assert client.post(url("post_moderate", flagged.pk), {"action": "hide"}).status_code == 404


def test_dismissing_flags_keeps_the_post(flagged, coordinator):
    services.flags_dismiss(post=flagged, actor=coordinator)
    assert list(moderation_queue(coordinator)) == []
    assert not Post.objects.get(pk=flagged.pk).is_hidden


def test_a_coordinator_suspends_a_member_who_can_no_longer_post_or_join(
    client, flagged, coordinator
):
    author = flagged.author
    MembershipFactory(cluster=flagged.thread.cluster, person=author)
    client.force_login(coordinator)
    client.post(url("member_suspend", author.pk), {"reason": "Reklama"})
    with pytest.raises(ValidationError):
        post_services.post_create(thread=flagged.thread, person=author, body="Vėl")
    with pytest.raises(ValidationError):
        cluster_services.cluster_join(cluster=ClusterFactory(), person=author)
    assert AuditEntry.objects.filter(action="network.member.suspended").exists()
    client.post(url("member_suspend", author.pk), {"lift": "1"})
    post_services.post_create(thread=flagged.thread, person=author, body="Atsiprašau")


def test_a_member_cannot_suspend(client, flagged, member):
    client.force_login(member)
    assert client.get(url("member_suspend", flagged.author.pk)).status_code == 403


def test_erasing_a_person_keeps_their_posts_as_a_former_member(client, flagged, person):
    author = flagged.author
    MembershipFactory(cluster=flagged.thread.cluster, person=author)
    Reaction.objects.create(post=flagged, person=author, kind="useful")
    exported = CLUSTERS.export(author)
    assert exported["posts"][0]["text"] == "Pirkite!"
    assert len(exported["cluster_memberships"]) == 1
    CLUSTERS.erase(author)
    flagged.refresh_from_db()
    assert flagged.author is None and flagged.body == "Pirkite!"
    assert not Reaction.objects.filter(person=author).exists()
    assert not flagged.thread.cluster.memberships.filter(person=author).exists()
    page = client.get(url("thread", flagged.thread_id)).content.decode()
    assert "Former member" in page or "Buvęs narys" in page


def test_the_demo_has_three_clusters_one_private_and_loads_twice(db):
    from tiltas.accounts.demo import load_demo as load_people
    from tiltas.events.demo import load_demo as load_events

    load_people()
    load_events()
    load_demo()
    load_demo()
    assert Cluster.objects.count() == 3
    assert Cluster.objects.filter(visibility=ClusterVisibility.PRIVATE).count() == 1
    assert Post.objects.filter(thread__cluster__slug="demo-open-procurement").count() == 5
    countries = set(
        Cluster.objects.get(slug="demo-open-procurement").organisations.values_list(
            "organisation__country", flat=True
        )
    )
    assert countries == {"LT", "NO"}


def test_a_former_members_hidden_post_stays_hidden_from_visitors(client, flagged, coordinator):
    services.post_hide(post=flagged, actor=coordinator)
    CLUSTERS.erase(flagged.author)
    page = client.get(url("thread", flagged.thread_id)).content.decode()
    assert "Pirkite!" not in page
    assert client.get(url("post", flagged.pk)).status_code == 404
