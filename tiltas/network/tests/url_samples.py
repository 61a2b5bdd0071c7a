"""Arguments to reverse every URL of the network app that takes some (permission matrix).

The matrix's people are made after the samples, so none is a member of the
sample cluster: pages for members or the cluster's moderators answer them 404.
A private cluster's pages are walked for every role in test_clusters.py."""

_MEMBERS = "for the cluster's members only: the matrix's people are not members (404)"
_MODERATORS = "for the cluster's moderators only (404 for others)"
_PARTICIPANTS = "a private conversation is for its participants only, administrators included (404)"

NOT_FOUND_BY_DESIGN = {
    "network:thread_create": _MEMBERS,
    "network:post_reply": _MEMBERS,
    "network:post_edit": "the post's author or a moderator only (404 for others)",
    "network:post_history": _MODERATORS,
    "network:cluster_invite": _MODERATORS,
    "network:invitation": "works only for the invited address (404 for everyone else)",
    "network:conversation": _PARTICIPANTS,
    "network:conversation_reply": _PARTICIPANTS,
    "network:conversation_leave": _PARTICIPANTS,
    "network:conversation_add": _PARTICIPANTS,
    "network:practice_edit": (
        "a good practice is edited by its author and the coordinators: other members get 404"
    ),
}


def url_samples() -> dict[str, dict]:
    from django.core.files.base import ContentFile

    from tiltas.accounts.tests.factories import OrganisationFactory, UserFactory
    from tiltas.network.models import Invitation, JoinRequest, PostAttachment, Visibility
    from tiltas.network.services.conversations import conversation_start
    from tiltas.network.services.people import profile_save

    from .cluster_factories import ClusterFactory, MembershipFactory, PostFactory, ThreadFactory
    from .factories import PracticeFactory

    organisation = OrganisationFactory(name="Jonavos rajono savivaldybė")
    cluster = ClusterFactory(name="Skaidrūs pirkimai", slug="skaidrus-pirkimai")
    owner = MembershipFactory(cluster=cluster, role="owner")
    thread = ThreadFactory(cluster=cluster)
    post = PostFactory(thread=thread, author=owner.person)
    attachment = PostAttachment(
        post=post, original_name="planas.pdf", content_type="application/pdf", size=9
    )
    attachment.file.save("planas.pdf", ContentFile(b"%PDF-1.4\n"))
    asking = JoinRequest.objects.create(cluster=cluster, person=UserFactory())
    invitation = Invitation.objects.create(
        cluster=cluster, email="someone@example.org", token="sample-token"
    )
    person = UserFactory(full_name="Rūta Jonaitienė", organisation=organisation)
    profile_save(person=person, data={"position_visibility": Visibility.PUBLIC})
    practice = PracticeFactory(contact_organisation=organisation)
    conversation = conversation_start(
        person=owner.person, others=[person, UserFactory()], body="Sveiki"
    )
    return {
        "network:organisation": {"slug": organisation.slug},
        "network:organisation_follow": {"slug": organisation.slug},
        "network:cluster_follow": {"slug": cluster.slug},
        "network:person_follow": {"pk": person.pk},
        "network:cluster": {"slug": cluster.slug},
        "network:cluster_members": {"slug": cluster.slug},
        "network:cluster_join": {"slug": cluster.slug},
        "network:cluster_leave": {"slug": cluster.slug},
        "network:cluster_invite": {"slug": cluster.slug},
        "network:cluster_events": {"slug": cluster.slug},
        "network:join_request_decide": {"slug": cluster.slug, "pk": asking.pk},
        "network:member_role": {"slug": cluster.slug, "pk": owner.pk},
        "network:thread_create": {"slug": cluster.slug},
        "network:invitation": {"token": invitation.token},
        "network:thread": {"pk": thread.pk},
        "network:post_reply": {"pk": thread.pk},
        "network:thread_subscription": {"pk": thread.pk},
        "network:post": {"pk": post.pk},
        "network:post_edit": {"pk": post.pk},
        "network:post_history": {"pk": post.pk},
        "network:post_react": {"pk": post.pk},
        "network:post_flag": {"pk": post.pk},
        "network:post_moderate": {"pk": post.pk},
        "network:post_attachment": {"pk": attachment.pk},
        "network:member_suspend": {"pk": owner.person.pk},
        "network:person": {"pk": person.pk},
        "network:person_block": {"pk": person.pk},
        "network:conversation": {"pk": conversation.pk},
        "network:conversation_reply": {"pk": conversation.pk},
        "network:conversation_leave": {"pk": conversation.pk},
        "network:conversation_add": {"pk": conversation.pk},
        "network:practice": {"pk": practice.pk},
        "network:practice_edit": {"pk": practice.pk},
        "network:practice_comment": {"pk": practice.pk},
        "network:practice_use": {"pk": practice.pk},
    }


def member_url_samples(person) -> dict[str, dict]:
    """A private cluster's page and its members, a thread of it with a file and
    the new-thread form, for the axe crawl signed in as ``person``, whom this
    makes a member; and a group conversation of theirs."""
    from django.core.files.base import ContentFile

    from tiltas.accounts.tests.factories import UserFactory
    from tiltas.network.models import ClusterRole, ClusterVisibility, PostAttachment
    from tiltas.network.services.conversations import conversation_start

    from .cluster_factories import ClusterFactory, MembershipFactory, PostFactory, ThreadFactory

    cluster = ClusterFactory(name="Uždaras klasteris", visibility=ClusterVisibility.PRIVATE)
    MembershipFactory(cluster=cluster, person=person, role=ClusterRole.MEMBER)
    thread = ThreadFactory(cluster=cluster, title="Vidaus auditas")
    post = PostFactory(thread=thread, author=person, body="Sveiki, @kolegos!")
    attachment = PostAttachment(
        post=post, original_name="auditas.pdf", content_type="application/pdf", size=9
    )
    attachment.file.save("auditas.pdf", ContentFile(b"%PDF-1.4\n"))
    others = [UserFactory(full_name=name) for name in ("Rūta Rūtaitė", "Kari Nordmann")]
    conversation = conversation_start(person=others[0], others=[person, others[1]], body="Labas")
    return {
        "network:conversation": {"pk": conversation.pk},
        "network:conversation_add": {"pk": conversation.pk},
        "network:cluster": {"slug": cluster.slug},
        "network:cluster_members": {"slug": cluster.slug},
        "network:thread": {"pk": thread.pk},
        "network:thread_create": {"slug": cluster.slug},
        "network:post_reply": {"pk": thread.pk},
        "network:post_edit": {"pk": post.pk},
    }
