"""Reads of a person's notifications."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.core.cache import cache
from django.core.paginator import Page, Paginator
from django.db.models import QuerySet

from tiltas.notifications import kinds as registry
from tiltas.notifications.models import DeliveryPreference, Notification

if TYPE_CHECKING:
    from tiltas.accounts.models import User

_COUNT_KEY = "notifications:unread:{}"


def unread_count_key(user_id: int) -> str:
    return _COUNT_KEY.format(user_id)


def cached_count(key: str, count: Callable[[], int]) -> int:
    """A count shown in the header of every page: ``count()`` once, then kept
    in the cache until a write forgets ``key`` (``services.counts_forget``).
    Other apps keep their header counts (unread conversations) the same way."""
    found = cache.get(key)
    if found is None:
        found = count()
        cache.set(key, found, 60 * 60)
    return int(found)


def unread_count(user: User) -> int:
    """How many notifications the person has not read: one query, then cached
    until the next write for that person."""
    if not user.is_authenticated:
        return 0
    return cached_count(
        unread_count_key(user.pk),
        lambda: Notification.objects.filter(recipient=user, read_at__isnull=True).count(),
    )


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


#: Notifications on one page of the person's list.
PER_PAGE = 20


def page_for(user: User, number: str | int | None) -> tuple[Page[Notification], list[Shown]]:
    """One page of the person's notifications, newest first, and the ones on it
    they may still see, rendered: a fixed number of queries whatever the list's length."""
    page = Paginator(for_recipient(user), PER_PAGE).get_page(number)
    return page, shown(user, list(page.object_list))


def preference_of(user: User) -> DeliveryPreference:
    """The person's e-mail delivery choice; the default (a daily digest) when
    they never chose."""
    found = DeliveryPreference.objects.filter(person=user).first()
    return found if found is not None else DeliveryPreference(person=user)
