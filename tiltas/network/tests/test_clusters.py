"""Clusters: starting one, joining, requests, invitations, events, privacy."""

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import translation

from conftest import client_for
from tiltas.accounts.tests.factories import OrganisationFactory, UserFactory
from tiltas.core.models import AuditEntry
from tiltas.events.tests.factories import EventFactory
from tiltas.network.models import (
    ClusterMembership,
    ClusterRole,
    ClusterTheme,
    ClusterVisibility,
    JoinPolicy,
    JoinRequest,
)
from tiltas.network.selectors.clusters import cluster_list
from tiltas.network.services import clusters as services
from tiltas.notifications.models import Notification

from .cluster_factories import ClusterFactory, MembershipFactory, PostFactory, ThreadFactory

pytestmark = pytest.mark.django_db


def url(name: str, *args) -> str:
    with translation.override("en"):
        return reverse(f"network:{name}", args=args)


def test_a_member_starts_a_cluster_and_owns_it(person):
    organisation = OrganisationFactory(name="Bodø kommune", country="NO", region="NO-18")
    ona = person(organisation=organisation)
    cluster = services.cluster_create(
        person=ona, themes=[2, 5], name="Open procurement", description="We share data."
    )
    assert cluster.slug == "open-procurement"
    assert ClusterMembership.objects.get(cluster=cluster, person=ona).role == ClusterRole.OWNER
    assert [o.organisation for o in cluster.organisations.all()] == [organisation]
    assert sorted(cluster.themes.values_list("theme", flat=True)) == [2, 5]
    assert AuditEntry.objects.filter(action="network.cluster.created").exists()


def test_a_cluster_starts_from_the_form_and_a_theme_is_one_of_six(client, person):
    client.force_login(person())
    response = client.post(
        url("cluster_create"),
        {
            "name": "Jaunimo paslaugos",
            "description": "Kartu.",
            "visibility": "private",
            "join_policy": "open",
            "themes": ["1", "3"],
        },
    )
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    assert "Jaunimo paslaugos" in page
    cluster = ClusterMembership.objects.get().cluster
    assert cluster.join_policy == JoinPolicy.REQUEST  # a private cluster decides each request
    with pytest.raises(IntegrityError), transaction.atomic():
        ClusterTheme.objects.create(cluster=cluster, theme=7)


def test_a_person_is_a_member_once(person):
    membership = MembershipFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        ClusterMembership.objects.create(cluster=membership.cluster, person=membership.person)


def test_an_open_public_cluster_is_joined_at_once(client, person):
    cluster = ClusterFactory()
    jonas = person("Jonas Jonaitis")
    client.force_login(jonas)
    client.post(url("cluster_join", cluster.slug))
    assert cluster.memberships.filter(person=jonas).exists()
    with pytest.raises(ValidationError):
        services.cluster_join(cluster=cluster, person=jonas)


def test_a_request_waits_for_a_moderator_who_is_told(client, person):
    cluster = ClusterFactory(join_policy=JoinPolicy.REQUEST)
    owner = MembershipFactory(cluster=cluster, role=ClusterRole.OWNER).person
    jonas = person("Jonas Jonaitis")
    request = services.cluster_join(cluster=cluster, person=jonas, message="Labas")
    assert isinstance(request, JoinRequest)
    assert not cluster.memberships.filter(person=jonas).exists()
    assert Notification.objects.get(recipient=owner).kind == "network.join_request"
    with pytest.raises(ValidationError):
        services.cluster_join(cluster=cluster, person=jonas)
    # Someone who is not a moderator cannot decide: 404
    other = client_for(MembershipFactory(cluster=cluster).person)
    decide = url("join_request_decide", cluster.slug, request.pk)
    assert other.post(decide, {"decision": "accept"}).status_code == 404
    client.force_login(owner)
    page = client.get(url("cluster", cluster.slug)).content.decode()
    assert "Jonas Jonaitis" in page and "Labas" in page
    client.post(decide, {"decision": "accept"})
    assert cluster.memberships.filter(person=jonas).exists()
    assert client.post(decide, {"decision": "decline"}).status_code == 404  # decided


def test_a_declined_request_adds_nobody(person):
    cluster = ClusterFactory(join_policy=JoinPolicy.REQUEST)
    owner = MembershipFactory(cluster=cluster, role=ClusterRole.OWNER).person
    request = services.cluster_join(cluster=cluster, person=person())
    services.join_request_decide(request=request, accept=False, actor=owner)
    assert cluster.memberships.count() == 1


def test_private_clusters_are_listed_and_shown_to_their_members_only(client, person):
    public = ClusterFactory(name="Atviras")
    private = ClusterFactory(name="Uždaras", visibility=ClusterVisibility.PRIVATE)
    member = MembershipFactory(cluster=private).person
    outsider = person("Petras Petraitis")
    assert [c.name for c in cluster_list(outsider)] == ["Atviras"]
    assert [c.name for c in cluster_list(member)] == ["Atviras", "Uždaras"]
    client.force_login(outsider)
    assert "Uždaras" not in client.get(url("clusters")).content.decode()
    assert client.get(url("cluster", private.slug)).status_code == 404
    assert client.get(url("cluster", public.slug)).status_code == 200
    assert client_for(member).get(url("cluster", private.slug)).status_code == 200


@pytest.mark.parametrize(
    "role", ["anonymous", "member", "trainer", "coordinator", "integrity_officer", "administrator"]
)
def test_every_url_of_a_private_cluster_is_404_for_non_members(role, role_client):
    cluster = ClusterFactory(visibility=ClusterVisibility.PRIVATE)
    owner = MembershipFactory(cluster=cluster, role=ClusterRole.OWNER)
    thread = ThreadFactory(cluster=cluster)
    post = PostFactory(thread=thread, author=owner.person)
    client = role_client(role)
    slug = cluster.slug
    gets = [
        url("cluster", slug),
        url("cluster_members", slug),
        url("thread", thread.pk),
        url("post", post.pk),
        url("post_flag", post.pk),
    ]
    posts = [
        url("cluster_join", slug),
        url("thread_create", slug),
        url("post_reply", thread.pk),
        url("post_react", post.pk),
        url("post_edit", post.pk),
        url("post_moderate", post.pk),
    ]
    expected = 302 if role == "anonymous" else 404
    for address in gets[:4]:
        assert client.get(address).status_code == 404, address
    for address in gets[4:] + posts:
        assert client.post(address, {"body": "x", "kind": "useful"}).status_code == expected
    if role in ("coordinator", "administrator"):
        assert client.get(url("cluster_events", slug)).status_code == 404


def test_an_invitation_is_mailed_in_the_invitees_language_and_works_for_them_only(client, person):
    cluster = ClusterFactory(name="Uždaras", visibility=ClusterVisibility.PRIVATE)
    owner = MembershipFactory(cluster=cluster, role=ClusterRole.OWNER).person
    kari = person("Kari Nordmann", email="kari@bodo.kommune.no", preferred_language="nb")
    invitation = services.invitation_send(
        cluster=cluster, email="Kari@bodo.kommune.no", actor=owner
    )
    message = mail.outbox[-1]
    assert message.to == ["kari@bodo.kommune.no"]
    assert "invitasjon" in message.subject.lower()
    assert f"/nb/network/invitations/{invitation.token}/" in message.body
    assert Notification.objects.get(recipient=kari).kind == "network.invitation"
    with pytest.raises(ValidationError):
        services.invitation_send(cluster=cluster, email="kari@bodo.kommune.no", actor=owner)
    address = url("invitation", invitation.token)
    assert client_for(person("Petras")).get(address).status_code == 404
    client.force_login(kari)
    assert client.get(address).status_code == 200
    client.post(address, {"decision": "accept"})
    assert cluster.memberships.filter(person=kari).exists()
    assert client.get(address).status_code == 404  # answered


def test_the_invite_form_keeps_the_address_and_explains_a_member_is_not_invited(client):
    membership = MembershipFactory(role=ClusterRole.OWNER)
    client.force_login(membership.person)
    response = client.post(
        url("cluster_invite", membership.cluster.slug), {"email": membership.person.email}
    )
    assert "already a member" in response.content.decode()
    assert membership.person.email in response.content.decode()
    assert not mail.outbox


def test_a_coordinator_links_an_event_shown_on_the_cluster_page(client, coordinator):
    cluster = ClusterFactory()
    event = EventFactory(title_lt="Klasterių mokymai", title_en="Cluster training")
    client.force_login(coordinator)
    client.post(url("cluster_events", cluster.slug), {"event": event.pk})
    assert list(cluster.events.all()) == [event]
    assert "Cluster training" in client.get(url("cluster", cluster.slug)).content.decode()
    client.post(url("cluster_events", cluster.slug), {"unlink": event.pk})
    assert not cluster.events.exists()


def test_the_only_owner_neither_leaves_nor_steps_down(client):
    owner = MembershipFactory(role=ClusterRole.OWNER)
    with pytest.raises(ValidationError):
        services.cluster_leave(cluster=owner.cluster, person=owner.person)
    with pytest.raises(ValidationError):
        services.membership_role_set(membership=owner, role=ClusterRole.MEMBER, actor=owner.person)
    member = MembershipFactory(cluster=owner.cluster)
    client.force_login(owner.person)
    client.post(url("member_role", owner.cluster.slug, member.pk), {"role": "moderator"})
    member.refresh_from_db()
    assert member.role == ClusterRole.MODERATOR
    client_for(member.person).post(url("cluster_leave", owner.cluster.slug))
    assert not owner.cluster.memberships.filter(pk=member.pk).exists()


def test_only_the_owner_changes_roles(client):
    moderator = MembershipFactory(role=ClusterRole.MODERATOR)
    member = MembershipFactory(cluster=moderator.cluster)
    client.force_login(moderator.person)
    response = client.post(url("member_role", moderator.cluster.slug, member.pk), {"role": "owner"})
    assert response.status_code == 404


@pytest.mark.parametrize("times", [1, 10])
def test_the_cluster_list_and_page_have_a_query_budget(
    client, person, times, django_assert_max_num_queries
):
    cluster = ClusterFactory()
    MembershipFactory(cluster=cluster, role=ClusterRole.OWNER)
    for _n in range(3 * times):
        ClusterFactory()
        member = MembershipFactory(cluster=cluster, person__organisation=OrganisationFactory())
        services._membership_add(cluster, member.person)
        thread = ThreadFactory(cluster=cluster)
        PostFactory(thread=thread)
        cluster.events.add(EventFactory())
    client.force_login(cluster.memberships.first().person)
    with django_assert_max_num_queries(14):
        assert client.get(url("clusters")).status_code == 200
    with django_assert_max_num_queries(18):
        assert client.get(url("cluster", cluster.slug)).status_code == 200
    with django_assert_max_num_queries(12):
        assert client.get(url("cluster_members", cluster.slug)).status_code == 200


def test_the_cluster_page_shows_who_runs_it_and_the_first_members_the_rest_a_page_at_a_time(
    client, person
):
    """With 60 members, the cluster's page shows its owner and moderator first
    and 24 in all, and links to its members page: 50 a page, by name."""
    owner = MembershipFactory(cluster=ClusterFactory(), role=ClusterRole.OWNER)
    cluster = owner.cluster
    MembershipFactory(cluster=cluster, role=ClusterRole.MODERATOR, person=person("Žana Moderatorė"))
    for n in range(58):
        MembershipFactory(cluster=cluster, person=person(f"Narys {n:02}"))
    client.force_login(owner.person)
    page = client.get(url("cluster", cluster.slug)).content.decode()
    page = page[page.index("<h2>Members</h2>") :]
    first_three = (owner.person.full_name, "Žana Moderatorė", "Narys 00")
    assert [page.index(name) for name in first_three] == sorted(map(page.index, first_three))
    assert "Narys 21" in page and "Narys 22" not in page
    assert "See all 60 members of the cluster" in page
    assert url("cluster_members", cluster.slug) in page
    first = client.get(url("cluster_members", cluster.slug)).content.decode()
    assert "60 members" in first and "Narys 47" in first and "Narys 48" not in first
    second = client.get(url("cluster_members", cluster.slug), {"page": 2}).content.decode()
    assert "Narys 48" in second and "Narys 57" in second and "Narys 47" not in second
    # The owner changes a role there and comes back to the members page.
    member = cluster.memberships.get(person__full_name="Narys 50")
    response = client.post(
        url("member_role", cluster.slug, member.pk), {"role": "moderator", "next": "members"}
    )
    assert response.url == url("cluster_members", cluster.slug)
    member.refresh_from_db()
    assert member.role == ClusterRole.MODERATOR


def test_a_small_cluster_lists_all_its_members_without_a_link_to_more(client, person):
    owner = MembershipFactory(cluster=ClusterFactory(), role=ClusterRole.OWNER)
    for n in range(23):
        MembershipFactory(cluster=owner.cluster, person=person(f"Narys {n:02}"))
    page = client_for(owner.person).get(url("cluster", owner.cluster.slug)).content.decode()
    assert "Narys 22" in page
    assert f'href="{url("cluster_members", owner.cluster.slug)}"' not in page


def test_the_list_filters_clusters_by_thematic_area(client):
    youth = ClusterFactory(name="Jaunimas")
    ClusterTheme.objects.create(cluster=youth, theme=1)
    ClusterTheme.objects.create(cluster=ClusterFactory(name="Pirkimai"), theme=5)
    page = client.get(url("clusters"), {"theme": "1"}).content.decode()
    assert "Jaunimas" in page and "Pirkimai" not in page
    page = client.get(url("clusters"), {"theme": "9"}).content.decode()
    assert "Select a valid choice" in page and "Pirkimai" in page


def test_the_crawls_private_cluster_pages_open_for_its_member_only(person):
    """The axe crawl walks these as the member they were made for (url_samples):
    a private cluster's pages and a conversation."""
    from tiltas.core.tests.url_walk import member_urls

    member, other = person("Ona Petraitienė"), person("Kari Nordmann")
    urls = member_urls(member, "nb", {})
    assert len([u for u in urls if u.startswith("/nb/network/")]) == 8
    for address in urls:
        assert client_for(member).get(address).status_code == 200, address
        assert client_for(other).get(address).status_code == 404, address


def test_the_cluster_page_names_the_first_organisations_by_name_and_counts_them_all(client):
    owner = MembershipFactory(cluster=ClusterFactory(), role=ClusterRole.OWNER)
    for n in range(30):
        person = UserFactory(organisation=OrganisationFactory(name=f"Savivaldybė {n:02}"))
        services._membership_add(owner.cluster, person)
    page = client_for(owner.person).get(url("cluster", owner.cluster.slug)).content.decode()
    assert "Savivaldybė 23" in page and "Savivaldybė 24</a>" not in page
    assert "30 organisations in all: each member's is on the members page." in page
    members = client_for(owner.person).get(url("cluster_members", owner.cluster.slug))
    assert "Savivaldybė 29" in members.content.decode()
