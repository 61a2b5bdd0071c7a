"""Follows and activity: what they hold about a person (GDPR). Erasure removes
what the person follows, others' follows of them and the stream items of what
they did (their posts and practices themselves are erased or kept by the other
sources)."""

from typing import Any

from django.db import transaction

from tiltas.accounts.models import User
from tiltas.core.personal_data import PersonalDataSource

from ..models import Activity, Follow


def _followed(follow: Follow) -> dict[str, Any]:
    if follow.cluster is not None:
        return {"cluster": follow.cluster.name}
    if follow.person is not None:
        return {"person": follow.person.full_name}
    return {"organisation": follow.organisation.name if follow.organisation else ""}


def export(user: User) -> dict[str, Any]:
    follows = Follow.objects.filter(follower=user).select_related(
        "cluster", "person", "organisation"
    )
    return {
        "following": [
            {**_followed(follow), "since": follow.created_at.isoformat()} for follow in follows
        ],
        "followed_by": Follow.objects.filter(person=user).count(),
        "activity": [
            {"what": item.verb, "at": item.created_at.isoformat()}
            for item in Activity.objects.filter(actor=user).order_by("created_at", "pk")
        ],
    }


def erase(user: User) -> None:
    with transaction.atomic():
        Follow.objects.filter(follower=user).delete()
        Follow.objects.filter(person=user).delete()
        Activity.objects.filter(actor=user).delete()


FOLLOWS_AND_ACTIVITY = PersonalDataSource(
    name="network_follows",
    models=(Follow, Activity),
    export=export,
    erase=erase,
)
