"""Reads of a person's notifications."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.core.cache import cache
from django.db.models import QuerySet

from tiltas.notifications import kinds as registry
from tiltas.notifications.models import Notification

if TYPE_CHECKING:
    from tiltas.accounts.models import User

_COUNT_KEY = "notifications:unread:{}"


def unread_count_key(user_id: int) -> str:
    return _COUNT_KEY.format(user_id)


def unread_count(user: User) -> int:
    """How many notifications the person has not read: one query, then cached
    until the next write for that person."""
    if not user.is_authenticated:
        return 0
    key = unread_count_key(user.pk)
    count = cache.get(key)
    if count is None:
        count = Notification.objects.filter(recipient=user, read_at__isnull=True).count()
        cache.set(key, count, 60 * 60)
    return int(count)


def for_recipient(user: User) -> QuerySet[Notification]:
    return Notification.objects.filter(recipient=user).select_related("actor")


@dataclass(frozen=True)
class Shown:
    notification: Notification
    text: str


def shown(user: User, notifications: list[Notification]) -> list[Shown]:
    """The notifications the person may still see, rendered in the active
    language; one whose kind is gone or whose subject the person lost access
    to is left out."""
    known = registry.registered()
    rows = []
    for notification in notifications:
        kind = known.get(notification.kind)
        if kind is None:
            continue
        if kind.may_see is not None and not kind.may_see(user, notification.params):
            continue
        rows.append(Shown(notification, kind.render(notification.params)))
    return rows
