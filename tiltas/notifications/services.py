"""Writes of notifications: what other apps call to tell people something."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from tiltas.notifications import kinds as registry
from tiltas.notifications.models import Notification
from tiltas.notifications.selectors import unread_count_key

if TYPE_CHECKING:
    from tiltas.accounts.models import User


class UnknownKind(ValueError):
    """No app registers a notification kind with this key."""


def _forget_counts(user_ids: Iterable[int]) -> None:
    keys = [unread_count_key(pk) for pk in user_ids]
    transaction.on_commit(lambda: cache.delete_many(keys))
    cache.delete_many(keys)


def notify(
    *,
    recipients: Iterable[User],
    kind: str,
    actor: User | None = None,
    url: str = "",
    params: Mapping[str, Any] | None = None,
) -> list[Notification]:
    """Tell each recipient (once, never the actor) about something of ``kind``.
    ``params`` fill the kind's message when it is shown, in the reader's language;
    they must be JSON values."""
    if kind not in registry.registered():
        raise UnknownKind(kind)
    seen: set[int] = set()
    rows = []
    for person in recipients:
        if person.pk in seen or (actor is not None and person.pk == actor.pk):
            continue
        if not person.is_active:
            continue
        seen.add(person.pk)
        rows.append(
            Notification(
                recipient=person, kind=kind, actor=actor, url=url, params=dict(params or {})
            )
        )
    created = Notification.objects.bulk_create(rows)
    _forget_counts(seen)
    return created


def mark_read(user: User, notification_ids: Iterable[int]) -> int:
    """Mark the person's own notifications read (others' ids are ignored)."""
    changed = Notification.objects.filter(
        recipient=user, pk__in=list(notification_ids), read_at__isnull=True
    ).update(read_at=timezone.now())
    _forget_counts([user.pk])
    return changed


def mark_all_read(user: User) -> int:
    changed = Notification.objects.filter(recipient=user, read_at__isnull=True).update(
        read_at=timezone.now()
    )
    _forget_counts([user.pk])
    return changed
