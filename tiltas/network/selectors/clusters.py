"""Reads of clusters, their threads and posts, and the moderators' queue."""

from datetime import timedelta

from django.db.models import Case, Count, Prefetch, Q, QuerySet, Value, When
from django.utils import timezone

from tiltas.accounts.models import User, Visitor
from tiltas.core.roles import is_manager
from tiltas.events.models import Event, EventStatus

from ..mentions import handle_of
from ..models import (
    CLUSTER_MODERATORS,
    Cluster,
    ClusterMembership,
    ClusterOrganisation,
    ClusterRole,
    ClusterTheme,
    ClusterVisibility,
    Decision,
    Flag,
    JoinRequest,
    Post,
    PostRevision,
    Reaction,
    Subscription,
    Thread,
)
from ..permissions.clusters import clusters_visible_to
from .themes import theme_titles  # noqa: F401 - read as selectors.theme_titles

#: Posts on one page of a thread.
POSTS_PER_PAGE = 30


def cluster_list(user: Visitor, *, theme: int | None = None) -> QuerySet[Cluster]:
    """The clusters the visitor sees, with their members and threads counted."""
    rows = clusters_visible_to(user)
    if theme:
        rows = rows.filter(themes__theme=theme)
    return (
        Cluster.objects.filter(pk__in=rows.values("pk"))
        .annotate(
            member_count=Count("memberships", distinct=True),
            thread_count=Count("threads", distinct=True),
        )
        .prefetch_related("themes")
        .order_by("name", "pk")
    )


def cluster_themes(cluster: Cluster) -> list[int]:
    return list(ClusterTheme.objects.filter(cluster=cluster).values_list("theme", flat=True))


def cluster_members(cluster: Cluster) -> QuerySet[ClusterMembership]:
    """The cluster's members, those who run it first (owners, then moderators),
    each group by name: slice or paginate it, as clusters have hundreds."""
    return cluster.memberships.select_related("person__organisation").order_by(
        Case(
            When(role=ClusterRole.OWNER, then=Value(0)),
            When(role=ClusterRole.MODERATOR, then=Value(1)),
            default=Value(2),
        ),
        "person__full_name",
        "pk",
    )


def cluster_organisations(cluster: Cluster) -> QuerySet[ClusterOrganisation]:
    """The organisations of the cluster's members, by name: slice it, as a
    large cluster has hundreds."""
    return cluster.organisations.select_related("organisation").order_by("organisation__name", "pk")


def cluster_threads(cluster: Cluster) -> QuerySet[Thread]:
    return cluster.threads.select_related("author").order_by("-last_posted_at", "-pk")


def cluster_events(cluster: Cluster) -> QuerySet[Event]:
    """Published events linked to the cluster, coming ones first."""
    return cluster.events.filter(status=EventStatus.PUBLISHED).order_by("-starts_at", "pk")


def events_to_link(cluster: Cluster) -> QuerySet[Event]:
    return (
        Event.objects.filter(
            status=EventStatus.PUBLISHED,
            starts_at__gte=timezone.now() - timedelta(days=365),
        )
        .exclude(clusters=cluster)
        .order_by("starts_at", "pk")
    )


def pending_join_requests(cluster: Cluster) -> QuerySet[JoinRequest]:
    return cluster.join_requests.filter(status=Decision.PENDING).select_related(
        "person__organisation"
    )


def reactions_of(user: Visitor, posts: list[Post]) -> set[tuple[int, str]]:
    """(post id, kind) of the visitor's own reactions among ``posts``."""
    if not user.is_authenticated:
        return set()
    rows = Reaction.objects.filter(person=user.pk, post__in=[p.pk for p in posts])
    return set(rows.values_list("post_id", "kind"))


def page_of_post(post: Post) -> int:
    """The page of its thread a post is on."""
    before = Post.objects.filter(thread_id=post.thread_id).filter(
        Q(created_at__lt=post.created_at) | Q(created_at=post.created_at, pk__lt=post.pk)
    )
    return before.count() // POSTS_PER_PAGE + 1


def subscription_level(user: Visitor, thread: Thread) -> str:
    if not user.is_authenticated:
        return ""
    found = Subscription.objects.filter(thread=thread, person=user.pk).first()
    return found.level if found else "normal"


def member_handles(cluster: Cluster) -> set[str]:
    """The handles that turn into mentions in this cluster."""
    names = User.objects.filter(cluster_memberships__cluster=cluster, is_active=True)
    return {handle_of(name) for name in names.values_list("full_name", flat=True)}


def post_revisions(post: Post) -> QuerySet[PostRevision]:
    return post.revisions.select_related("edited_by")


def moderation_queue(user: Visitor) -> QuerySet[Post]:
    """Flagged posts waiting for a decision, in the clusters ``user`` moderates
    (managers: every public cluster too), most flagged first."""
    moderated = Q(
        thread__cluster__memberships__person=user.pk,
        thread__cluster__memberships__role__in=CLUSTER_MODERATORS,
    )
    if is_manager(user):
        moderated |= Q(thread__cluster__visibility=ClusterVisibility.PUBLIC)
    open_flags = Q(flags__resolved_at__isnull=True)
    ids = Flag.objects.filter(
        resolved_at__isnull=True, post__in=Post.objects.filter(moderated)
    ).values("post_id")
    return (
        Post.objects.filter(pk__in=ids)
        .select_related("author", "thread__cluster")
        .annotate(open_flag_count=Count("flags", filter=open_flags))
        .prefetch_related(
            Prefetch(
                "flags",
                queryset=Flag.objects.filter(resolved_at__isnull=True)
                .select_related("person")
                .order_by("created_at"),
                to_attr="open_flags",
            )
        )
        .order_by("-open_flag_count", "pk")
    )


def mentionable(cluster: Cluster, *, query: str, viewer: User, limit: int) -> list[tuple[str, str]]:
    """(name, handle) of the cluster's active members, other than ``viewer``,
    whose handle or a part of it starts as ``query`` does (in handle form, so
    "petraitie" finds Ona Petraitienė), by name; at most ``limit``."""
    wanted = handle_of(query)
    if not wanted:
        return []
    names = (
        User.objects.filter(cluster_memberships__cluster=cluster, is_active=True)
        .exclude(pk=viewer.pk)
        .order_by("full_name", "pk")
        .values_list("full_name", flat=True)
    )
    found = []
    for name in names.iterator():
        handle = handle_of(name)
        if handle.startswith(wanted) or any(
            part.startswith(wanted) for part in handle.split("-")[1:]
        ):
            found.append((name, handle))
            if len(found) == limit:
                break
    return found
