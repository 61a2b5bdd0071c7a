"""Who may see and act in a cluster. A private cluster and everything in it is a
404 for anyone who is not its member; managers (coordinators, administrators)
moderate public clusters, a private one is moderated by its own moderators."""

from django.db.models import Q, QuerySet
from django.http import Http404

from tiltas.accounts.models import Visitor
from tiltas.core.access import get_or_404
from tiltas.core.roles import is_manager

from ..models import (
    CLUSTER_MODERATORS,
    Cluster,
    ClusterMembership,
    ClusterVisibility,
    Decision,
    Invitation,
    JoinRequest,
    Post,
    PostAttachment,
    Thread,
)


def clusters_visible_to(user: Visitor) -> QuerySet[Cluster]:
    """Public clusters, and the private ones ``user`` belongs to."""
    public = Q(visibility=ClusterVisibility.PUBLIC)
    if not user.is_authenticated:
        return Cluster.objects.filter(public)
    return Cluster.objects.filter(public | Q(memberships__person=user.pk)).distinct()


def membership_of(user: Visitor, cluster: Cluster) -> ClusterMembership | None:
    if not user.is_authenticated or not user.is_active:
        return None
    return ClusterMembership.objects.filter(cluster=cluster, person=user.pk).first()


def may_moderate(user: Visitor, cluster: Cluster, membership: ClusterMembership | None) -> bool:
    """Cluster owners and moderators; managers too in public clusters."""
    if membership is not None and membership.role in CLUSTER_MODERATORS:
        return True
    return not cluster.is_private and is_manager(user)


def _seen(user: Visitor, cluster: Cluster) -> ClusterMembership | None:
    membership = membership_of(user, cluster)
    if cluster.is_private and membership is None:
        raise Http404
    return membership


def access_cluster(user: Visitor, slug: str) -> tuple[Cluster, ClusterMembership | None]:
    """A cluster's page and the visitor's membership (None for others)."""
    cluster = get_or_404(Cluster.objects.all(), slug=slug)
    return cluster, _seen(user, cluster)


def access_cluster_as_member(user: Visitor, slug: str) -> tuple[Cluster, ClusterMembership]:
    cluster, membership = access_cluster(user, slug)
    if membership is None:
        raise Http404
    return cluster, membership


def access_cluster_to_moderate(user: Visitor, slug: str) -> Cluster:
    cluster, membership = access_cluster(user, slug)
    if not may_moderate(user, cluster, membership):
        raise Http404
    return cluster


def access_join_request(user: Visitor, slug: str, pk: int) -> JoinRequest:
    cluster = access_cluster_to_moderate(user, slug)
    return get_or_404(
        JoinRequest.objects.select_related("cluster", "person"),
        cluster=cluster,
        pk=pk,
        status=Decision.PENDING,
    )


def access_invitation(user: Visitor, token: str) -> Invitation:
    """An invitation's link works for the invited address only."""
    invitation = get_or_404(
        Invitation.objects.select_related("cluster"), token=token, status=Decision.PENDING
    )
    if not user.is_authenticated or user.email.lower() != invitation.email.lower():
        raise Http404
    return invitation


def access_thread(user: Visitor, pk: int) -> tuple[Thread, ClusterMembership | None]:
    thread = get_or_404(Thread.objects.select_related("cluster"), pk=pk)
    return thread, _seen(user, thread.cluster)


def access_thread_as_member(user: Visitor, pk: int) -> tuple[Thread, ClusterMembership]:
    thread, membership = access_thread(user, pk)
    if membership is None:
        raise Http404
    return thread, membership


def is_author(user: Visitor, post: Post) -> bool:
    """Whether ``user`` wrote ``post`` (never for a former member's post)."""
    return user.is_authenticated and post.author_id is not None and post.author_id == user.pk


def access_post(user: Visitor, pk: int) -> tuple[Post, ClusterMembership | None]:
    """A post of a cluster the visitor sees; a hidden post only for its author
    and the cluster's moderators."""
    post = get_or_404(Post.objects.select_related("thread__cluster", "author"), pk=pk)
    membership = _seen(user, post.thread.cluster)
    if post.is_hidden and not (
        is_author(user, post) or may_moderate(user, post.thread.cluster, membership)
    ):
        raise Http404
    return post, membership


def access_post_as_member(user: Visitor, pk: int) -> tuple[Post, ClusterMembership]:
    post, membership = access_post(user, pk)
    if membership is None:
        raise Http404
    return post, membership


def access_post_to_edit(user: Visitor, pk: int) -> Post:
    """One's own post, or any post for the cluster's moderators."""
    post, membership = access_post(user, pk)
    mine = membership is not None and is_author(user, post)
    if not (mine or may_moderate(user, post.thread.cluster, membership)):
        raise Http404
    return post


def access_post_to_moderate(user: Visitor, pk: int) -> Post:
    post, membership = access_post(user, pk)
    if not may_moderate(user, post.thread.cluster, membership):
        raise Http404
    return post


def access_attachment(user: Visitor, pk: int) -> PostAttachment:
    """A post's file, for whoever sees the post (a hidden post's: its author
    and the moderators)."""
    attachment = get_or_404(PostAttachment.objects.all(), pk=pk)
    attachment.post, _membership = access_post(user, attachment.post_id)
    return attachment
