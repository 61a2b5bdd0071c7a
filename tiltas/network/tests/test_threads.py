"""Threads and posts: writing, mentions, quotes, reactions, edits, limits."""

from datetime import timedelta

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation

from conftest import client_for
from tiltas.network.models import (
    POST_MAX_LENGTH,
    ClusterRole,
    Post,
    PostRevision,
    Reaction,
    SubscriptionLevel,
)
from tiltas.network.selectors.clusters import POSTS_PER_PAGE
from tiltas.network.services import posts as services
from tiltas.notifications.models import Notification

from .cluster_factories import MembershipFactory, PostFactory, ThreadFactory

pytestmark = pytest.mark.django_db


def url(name: str, *args) -> str:
    with translation.override("en"):
        return reverse(f"network:{name}", args=args)


def test_a_member_starts_a_thread_and_its_markdown_is_sanitised(client, cluster, ona):
    client.force_login(ona)
    response = client.post(
        url("thread_create", cluster.slug),
        {"title": "Pirkimų duomenys", "body": "**Svarbu** <script>alert(1)</script>"},
    )
    page = client.get(response["Location"]).content.decode()
    assert "<strong>Svarbu</strong>" in page
    assert "<script>alert(1)" not in page
    thread = cluster.threads.get()
    assert thread.post_count == 1


def test_posting_in_a_cluster_one_is_not_a_member_of_is_404(client, cluster, person):
    thread = ThreadFactory(cluster=cluster)
    client.force_login(person("Petras"))
    assert client.post(url("post_reply", thread.pk), {"body": "Labas"}).status_code == 404
    assert (
        client.post(url("thread_create", cluster.slug), {"title": "t", "body": "b"}).status_code
        == 404
    )
    assert not Post.objects.exists()


def test_an_oversized_post_is_explained_and_the_text_kept(client, cluster, ona):
    thread = ThreadFactory(cluster=cluster)
    client.force_login(ona)
    text = "ž" * (POST_MAX_LENGTH + 1)
    response = client.post(url("post_reply", thread.pk), {"body": text})
    page = response.content.decode()
    assert response.status_code == 200
    assert "at most" in page  # the limit, in words
    assert text in page
    with pytest.raises(ValidationError):
        services.post_create(thread=thread, person=ona, body=text)


def test_a_reply_quotes_a_post(client, cluster, ona):
    post = PostFactory(thread=ThreadFactory(cluster=cluster), body="Mes skelbiame CSV.")
    client.force_login(ona)
    page = client.get(url("post_reply", post.thread_id) + f"?quote={post.pk}").content.decode()
    assert "&gt; Mes skelbiame CSV." in page


def test_watchers_are_told_of_replies_the_muted_are_not(cluster, ona, person):
    jonas, rasa = person("Jonas Jonaitis"), person("Rasa Rasaitė")
    for someone in (jonas, rasa):
        MembershipFactory(cluster=cluster, person=someone)
    thread = services.thread_create(cluster=cluster, person=jonas, title="Klausimas", body="?")
    services.post_create(thread=thread, person=rasa, body="Atsakau")
    assert Notification.objects.filter(recipient=jonas, kind="network.reply").count() == 1
    services.subscription_set(thread=thread, person=jonas, level=SubscriptionLevel.MUTED)
    services.post_create(thread=thread, person=ona, body="Ir aš")
    assert Notification.objects.filter(recipient=jonas).count() == 1
    assert Notification.objects.filter(recipient=rasa, kind="network.reply").count() == 1


def test_a_mention_tells_the_member_and_an_unknown_handle_stays_plain(client, cluster, ona, person):
    jonas = person("Jonas Jonaitis")
    MembershipFactory(cluster=cluster, person=jonas)
    outsider = person("Petras Petraitis")
    thread = services.thread_create(
        cluster=cluster,
        person=jonas,
        title="Duomenys",
        body="@ona-petraitiene ir @petras-petraitis, ką manote?",
    )
    assert Notification.objects.get(recipient=ona).kind == "network.mention"
    assert not Notification.objects.filter(recipient=outsider).exists()
    page = client.get(url("thread", thread.pk)).content.decode()
    assert "<strong>@ona-petraitiene</strong>" in page
    assert "<strong>@petras-petraitis</strong>" not in page
    assert "@petras-petraitis" in page


def test_a_thousand_posts_paginate_and_a_post_link_lands_on_its_page(client, cluster):
    thread = ThreadFactory(cluster=cluster)
    start = timezone.now() - timedelta(days=5)
    author = MembershipFactory(cluster=cluster).person
    Post.objects.bulk_create(
        Post(
            thread=thread, author=author, body=f"Post {n}", created_at=start + timedelta(minutes=n)
        )
        for n in range(1000)
    )
    post = Post.objects.get(body="Post 500")
    response = client.get(url("post", post.pk))
    expected_page = 500 // POSTS_PER_PAGE + 1
    assert (
        response["Location"] == url("thread", thread.pk) + f"?page={expected_page}#post-{post.pk}"
    )
    page = client.get(response["Location"]).content.decode()
    assert f'id="post-{post.pk}"' in page
    assert "Page 17 of 34" in page


def test_reactions_count_once_per_person_and_kind_by_post_only(client, cluster, ona):
    post = PostFactory(thread=ThreadFactory(cluster=cluster))
    client.force_login(ona)
    address = url("post_react", post.pk)
    assert client.get(address).status_code == 405
    client.post(address, {"kind": "useful"})
    client.post(address, {"kind": "thanks"})
    assert Reaction.objects.filter(post=post, person=ona).count() == 2
    client.post(address, {"kind": "useful"})  # taken back
    assert list(Reaction.objects.values_list("kind", flat=True)) == ["thanks"]
    with pytest.raises(IntegrityError), transaction.atomic():
        Reaction.objects.create(post=post, person=ona, kind="thanks")


def test_editing_someone_elses_post_is_404_unless_moderator(client, cluster, ona, person):
    post = PostFactory(thread=ThreadFactory(cluster=cluster), body="Pirmas tekstas")
    client.force_login(ona)
    assert client.post(url("post_edit", post.pk), {"body": "Kita"}).status_code == 404
    moderator = MembershipFactory(cluster=cluster, role=ClusterRole.MODERATOR).person
    client.force_login(moderator)
    client.post(url("post_edit", post.pk), {"body": "Pataisytas tekstas"})
    post.refresh_from_db()
    assert post.body == "Pataisytas tekstas"
    assert PostRevision.objects.get(post=post).body == "Pirmas tekstas"
    assert "Pirmas tekstas" in client.get(url("post_history", post.pk)).content.decode()
    client.force_login(post.author)
    assert client.get(url("post_history", post.pk)).status_code == 404


def test_the_author_edits_their_own_post(client, cluster, ona):
    post = PostFactory(thread=ThreadFactory(cluster=cluster), author=ona, body="Senas")
    client.force_login(ona)
    client.post(url("post_edit", post.pk), {"body": "Naujas"})
    post.refresh_from_db()
    assert (post.body, post.edited_at is not None) == ("Naujas", True)


def test_new_members_post_a_few_times_an_hour_and_without_links(cluster, person):
    newcomer = person("Naujokas", date_joined=timezone.now() - timedelta(hours=2))
    MembershipFactory(cluster=cluster, person=newcomer)
    thread = ThreadFactory(cluster=cluster)
    with pytest.raises(ValidationError) as error:
        services.post_create(thread=thread, person=newcomer, body="Žr. https://example.org")
    assert error.value.code == "links"
    for n in range(services.NEW_MEMBER_POSTS_PER_HOUR):
        services.post_create(thread=thread, person=newcomer, body=f"Žinutė {n}")
    with pytest.raises(ValidationError) as error:
        services.post_create(thread=thread, person=newcomer, body="Dar viena")
    assert error.value.code == "first_day"
    later = timezone.now() + timedelta(days=1)
    services.post_create(thread=thread, person=newcomer, body="https://example.org", now=later)


def test_a_link_from_a_new_member_is_explained_in_the_form(client, cluster, person):
    newcomer = person("Naujokas", date_joined=timezone.now())
    MembershipFactory(cluster=cluster, person=newcomer)
    thread = ThreadFactory(cluster=cluster)
    client.force_login(newcomer)
    response = client.post(url("post_reply", thread.pk), {"body": "www.example.org"})
    assert "after their first day" in response.content.decode()
    assert "www.example.org" in response.content.decode()


def test_a_posting_flood_gets_429(client, cluster, ona):
    from tiltas.network.views.threads import POSTS_PER_MINUTE

    thread = ThreadFactory(cluster=cluster)
    client.force_login(ona)
    # A still clock: under load the requests could outlast the minute's window.
    with time_machine.travel(timezone.now(), tick=False):
        codes = [
            client.post(url("post_reply", thread.pk), {"body": f"Nr. {n}"}).status_code
            for n in range(POSTS_PER_MINUTE + 1)
        ]
    assert codes[:-1] == [302] * POSTS_PER_MINUTE
    assert codes[-1] == 429


@pytest.mark.parametrize("times", [1, 10])
def test_a_long_thread_page_has_a_query_budget(
    client, cluster, ona, times, django_assert_max_num_queries
):
    thread = ThreadFactory(cluster=cluster)
    for _n in range(3 * times):
        author = MembershipFactory(cluster=cluster).person
        post = PostFactory(thread=thread, author=author, body="@ona-petraitiene **labas**")
        Reaction.objects.create(post=post, person=ona, kind="useful")
        PostRevision.objects.create(post=post, body="senas")
    client.force_login(ona)
    with django_assert_max_num_queries(16):
        assert client.get(url("thread", thread.pk)).status_code == 200
    with django_assert_max_num_queries(16):
        assert client_for(None).get(url("thread", thread.pk)).status_code == 200


def test_kept_bodies_follow_edits_and_each_clusters_members(client, settings, cluster, ona, person):
    """With the shared cache on, a post's rendered body is kept per text and
    cluster: an edit shows at once, and the same words in another cluster
    mark only that cluster's members."""
    settings.PAGE_CACHE = True
    jonas = person("Jonas Jonaitis")
    MembershipFactory(cluster=cluster, person=jonas)
    body = "@ona-petraitiene, **pirmas** variantas"
    thread = services.thread_create(cluster=cluster, person=jonas, title="Planas", body=body)
    elsewhere = ThreadFactory()  # another cluster, Ona not a member
    PostFactory(thread=elsewhere, body=body)
    page = client.get(url("thread", thread.pk)).content.decode()
    assert "<strong>@ona-petraitiene</strong>" in page and "<strong>pirmas</strong>" in page
    assert (
        "<strong>@ona-petraitiene</strong>"
        not in client.get(url("thread", elsewhere.pk)).content.decode()
    )
    post = thread.posts.get()
    services.post_edit(post=post, body="@ona-petraitiene, *antras* variantas", actor=jonas)
    page = client.get(url("thread", thread.pk)).content.decode()
    assert "<em>antras</em>" in page and "pirmas" not in page
