"""The activity stream: what happened in the clusters a member follows or
belongs to, and what the people and organisations they follow did.

One query answers a page: what the member follows and belongs to are
subqueries, and who may see what is decided in the same WHERE clause — a
private cluster's items only for its members, hidden posts, unpublished
practices and events never, nothing by suspended or deactivated people, nor
by people the member blocked."""

from dataclasses import dataclass
from typing import Any

from django.db.models import Q, QuerySet
from django.urls import reverse

from tiltas.accounts.models import User
from tiltas.events.models import EventStatus

from ..models import (
    Activity,
    Block,
    ClusterMembership,
    ClusterVisibility,
    Follow,
    PracticeStatus,
)

#: Items on the member's home page; the stream page shows the rest.
DASHBOARD_ITEMS = 8


def _followed(member: User, target: str) -> QuerySet[Follow, dict[str, Any]]:
    followed = Follow.objects.filter(follower=member, **{f"{target}__isnull": False})
    ids: QuerySet[Follow, dict[str, Any]] = followed.values(f"{target}_id")
    return ids


def _visible() -> Q:
    return (
        (Q(post__isnull=True) | Q(post__is_hidden=False))
        & (Q(practice__isnull=True) | Q(practice__status=PracticeStatus.PUBLISHED))
        & (Q(event__isnull=True) | Q(event__status=EventStatus.PUBLISHED))
        & Q(actor__is_active=True, actor__network_suspension__isnull=True)
    )


def activity_stream(member: User) -> QuerySet[Activity]:
    """The member's stream, newest first (their own doings left out)."""
    belongs = ClusterMembership.objects.filter(person=member).values("cluster_id")
    relevant = (
        Q(cluster_id__in=belongs)
        | Q(cluster_id__in=_followed(member, "cluster"))
        | Q(actor_id__in=_followed(member, "person"))
        | Q(organisation_id__in=_followed(member, "organisation"))
    )
    seen_cluster = (
        Q(cluster__isnull=True)
        | Q(cluster__visibility=ClusterVisibility.PUBLIC)
        | Q(cluster_id__in=belongs)
    )
    return (
        Activity.objects.filter(relevant & seen_cluster & _visible())
        .exclude(actor=member)
        .exclude(actor_id__in=Block.objects.filter(blocker=member).values("blocked_id"))
        .select_related("actor", "cluster", "organisation", "thread", "post", "practice", "event")
        .defer(
            "practice__problem",
            "practice__solution",
            "practice__results",
            "practice__resources",
            "event__description",
            "event__report",
        )
        .order_by("-created_at", "-pk")
    )


@dataclass(frozen=True)
class DashboardActivity:
    """What the member's home page shows through the ``core.dashboard_activity`` slot."""

    items: list[Activity]
    more_url: str
    template: str = "network/activity/dashboard.html"


def dashboard_activity(user: Any) -> DashboardActivity:
    items = list(activity_stream(user)[:DASHBOARD_ITEMS])
    return DashboardActivity(items=items, more_url=reverse("network:activity"))
