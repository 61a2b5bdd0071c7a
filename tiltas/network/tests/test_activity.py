"""The activity stream on /me/ and /network/activity/: what it shows, to whom,
page by page and in a bounded number of queries."""

import pytest
from django.urls import reverse
from django.utils import translation

from conftest import client_for
from tiltas.accounts.tests.factories import OrganisationFactory
from tiltas.events.models import EventStatus
from tiltas.events.tests.factories import EventFactory
from tiltas.network.models import ClusterVisibility, PracticeStatus
from tiltas.network.services.blocks import block, unblock
from tiltas.network.services.clusters import cluster_event_link, cluster_event_unlink
from tiltas.network.services.follows import follow_set
from tiltas.network.services.moderation import member_suspend, post_hide
from tiltas.network.services.posts import post_create, thread_create
from tiltas.network.services.practices import (
    practice_save,
    practice_use_mark,
    practice_use_unmark,
)

from .cluster_factories import ClusterFactory, MembershipFactory
from .factories import PracticeFactory

pytestmark = pytest.mark.django_db


def stream(user, page: int = 1) -> str:
    with translation.override("en"):
        address = reverse("network:activity")
    return client_for(user).get(address, {"page": page}).content.decode()


def home(user) -> str:
    with translation.override("en"):
        return client_for(user).get(reverse("core:dashboard")).content.decode()


def member_of(cluster, *people):
    for someone in people:
        MembershipFactory(cluster=cluster, person=someone)


def test_threads_and_replies_of_followed_and_own_clusters_show(person):
    ona, jonas = person(), person("Jonas Jonaitis")
    mine, followed, other = (ClusterFactory(name=n) for n in ("Mine", "Followed", "Other"))
    member_of(mine, ona, jonas)
    member_of(followed, jonas)
    member_of(other, jonas)
    follow_set(follower=ona, following=True, cluster=followed)
    thread = thread_create(cluster=mine, person=jonas, title="Open data", body="Sveiki")
    post_create(thread=thread, person=jonas, body="Ar kas nors skelbia CSV?")
    thread_create(cluster=followed, person=jonas, title="Checklists", body="Hei")
    thread_create(cluster=other, person=jonas, title="Elsewhere", body="Hei")
    page = stream(ona)
    assert "Jonas Jonaitis started “Open data” in Mine" in page
    assert "Jonas Jonaitis replied in “Open data” (Mine)" in page
    assert "Ar kas nors skelbia CSV?" in page
    assert "started “Checklists” in Followed" in page
    assert "Elsewhere" not in page


def test_ones_own_doings_stay_out_of_ones_stream(person):
    ona = person()
    cluster = ClusterFactory()
    member_of(cluster, ona)
    thread_create(cluster=cluster, person=ona, title="My own thread", body="Sveiki")
    assert "My own thread" not in stream(ona)


def test_a_followed_persons_posts_in_a_private_cluster_show_to_its_members_only(person):
    ona, rasa, jonas = person(), person("Rasa Rasaitė"), person("Jonas Jonaitis")
    private = ClusterFactory(name="Closed", visibility=ClusterVisibility.PRIVATE)
    member_of(private, jonas, rasa)
    follow_set(follower=ona, following=True, person=jonas)
    follow_set(follower=rasa, following=True, person=jonas)
    thread_create(cluster=private, person=jonas, title="Secret plans", body="Tik nariams")
    assert "Secret plans" not in stream(ona)
    assert "Tik nariams" not in home(ona)
    assert "Secret plans" in stream(rasa)
    assert "Secret plans" in home(rasa)


def test_hidden_posts_and_suspended_or_deactivated_people_never_show(person):
    ona, jonas, petras = person(), person("Jonas Jonaitis"), person("Petras Petraitis")
    coordinator = person("Koordinatorė", role="coordinator")
    cluster = ClusterFactory()
    member_of(cluster, ona, jonas, petras)
    thread = thread_create(cluster=cluster, person=ona, title="Ours", body="Sveiki")
    hidden = post_create(thread=thread, person=jonas, body="Spam spam spam")
    post_create(thread=thread, person=petras, body="Petro atsakymas")
    assert "Spam spam spam" in stream(ona) and "Petro atsakymas" in stream(ona)
    post_hide(post=hidden, actor=coordinator)
    member_suspend(person=petras, reason="Flood", actor=coordinator)
    page = stream(ona)
    assert "Spam spam spam" not in page and "Petro atsakymas" not in page
    jonas_again = post_create(thread=thread, person=jonas, body="Jono antras")
    assert "Jono antras" in stream(ona)
    jonas.is_active = False
    jonas.save(update_fields=["is_active"])
    assert jonas_again.body not in stream(ona)


def test_practices_and_their_use_by_followed_people_and_organisations_show(person):
    organisation = OrganisationFactory(name="Bodø kommune")
    ona, jonas = person(), person("Jonas Jonaitis", organisation=organisation)
    follow_set(follower=ona, following=True, person=jonas)
    data = {
        "title": "Youth one-stop shop",
        "problem": "P",
        "solution": "S",
        "theme": 1,
        "country": "NO",
        "audience": "members",
    }
    draft = practice_save(actor=jonas, data={**data, "status": PracticeStatus.DRAFT})
    assert "Youth one-stop shop" not in stream(ona)
    practice_save(actor=jonas, practice=draft, data={**data, "status": "published"})
    assert "Jonas Jonaitis published the good practice “Youth one-stop shop”" in stream(ona)

    other = PracticeFactory(title="Open contracts")
    rasa = person("Rasa Rasaitė", organisation=organisation)
    follow_set(follower=ona, following=False, person=jonas)
    follow_set(follower=ona, following=True, organisation=organisation)
    practice_use_mark(actor=rasa, practice=other)
    assert "Bodø kommune uses the good practice “Open contracts” too" in stream(ona)
    practice_use_unmark(actor=rasa, practice=other)
    assert "Open contracts" not in stream(ona)


def test_events_linked_to_followed_clusters_show_while_linked_and_published(person):
    ona, coordinator = person(), person("Koordinatorė", role="coordinator")
    cluster = ClusterFactory(name="Followed")
    follow_set(follower=ona, following=True, cluster=cluster)
    event = EventFactory(title_lt="Integrity in Bergen", title_en="Integrity in Bergen")
    draft = EventFactory(title_en="Not announced yet", status=EventStatus.DRAFT)
    cluster_event_link(cluster=cluster, event=event, actor=coordinator)
    cluster_event_link(cluster=cluster, event=draft, actor=coordinator)
    page = stream(ona)
    assert "The event “Integrity in Bergen” was linked to Followed" in page
    assert "Not announced yet" not in page
    cluster_event_unlink(cluster=cluster, event=event, actor=coordinator)
    assert "Integrity in Bergen" not in stream(ona)


def test_the_stream_has_pages_of_twenty(person):
    ona, jonas = person(), person("Jonas Jonaitis")
    cluster = ClusterFactory()
    member_of(cluster, ona, jonas)
    thread = thread_create(cluster=cluster, person=jonas, title="Long", body="Reply 0.")
    for n in range(1, 25):
        post_create(thread=thread, person=jonas, body=f"Reply {n}.")
    first, second = stream(ona), stream(ona, page=2)
    assert first.count("replied in “Long”") == 20 and second.count("replied in “Long”") == 4
    assert "Reply 24." in first and "Reply 5." in first and "Reply 4." not in first
    assert "started “Long”" in second and "Reply 0." in second and "Page 2 of 2" in second


def test_home_shows_the_stream_or_how_to_fill_it(person):
    ona, jonas = person(), person("Jonas Jonaitis")
    assert "Nothing new yet. Follow clusters, people and organisations" in home(ona)
    cluster = ClusterFactory(name="Followed")
    member_of(cluster, jonas)
    follow_set(follower=ona, following=True, cluster=cluster)
    thread_create(cluster=cluster, person=jonas, title="Open data", body="Sveiki")
    page = home(ona)
    assert "Jonas Jonaitis started “Open data” in Followed" in page
    assert "All activity in your network" in page


@pytest.mark.parametrize("times", [1, 10])
def test_the_stream_and_home_have_a_query_budget(person, times, django_assert_max_num_queries):
    ona = person()
    for n in range(3 * times):
        organisation = OrganisationFactory()
        author = person(f"Author {n}", organisation=organisation)
        cluster = ClusterFactory()
        member_of(cluster, author)
        follow_set(follower=ona, following=True, cluster=cluster)
        follow_set(follower=ona, following=True, organisation=organisation)
        thread = thread_create(cluster=cluster, person=author, title=f"T{n}", body="Sveiki")
        post_create(thread=thread, person=author, body="Atsakymas")
        practice_use_mark(actor=author, practice=PracticeFactory())
    client = client_for(ona)
    with translation.override("en"):
        stream_url, home_url = reverse("network:activity"), reverse("core:dashboard")
    # One query each for the header's unread counts (notifications, conversations), cold.
    with django_assert_max_num_queries(6):
        assert client.get(stream_url).status_code == 200
    with django_assert_max_num_queries(7):
        assert client.get(home_url).status_code == 200


def test_a_blocked_persons_doings_leave_the_blockers_stream(person):
    ona, jonas = person(), person("Jonas Jonaitis")
    cluster = ClusterFactory(name="Ours")
    member_of(cluster, ona, jonas)
    thread_create(cluster=cluster, person=jonas, title="Jono tema", body="Sveiki")
    assert "Jono tema" in stream(ona)
    block(blocker=ona, blocked=jonas)
    assert "Jono tema" not in stream(ona) and "Jono tema" not in home(ona)
    unblock(blocker=ona, blocked=jonas)
    assert "Jono tema" in stream(ona)
