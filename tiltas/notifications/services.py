"""Writes of notifications: what other apps call to tell people something."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import partial
from typing import Any

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from tiltas.accounts.models import User
from tiltas.core.audit import audit_record
from tiltas.notifications import kinds as registry
from tiltas.notifications import tasks
from tiltas.notifications.kinds import Delivery
from tiltas.notifications.models import DeliveryPreference, Notification
from tiltas.notifications.selectors import unread_count_key


class UnknownKind(ValueError):
    """No app registers a notification kind with this key."""


def counts_forget(keys: Iterable[str]) -> None:
    """Forget header counts kept by ``selectors.cached_count``: now, and again
    once the transaction commits (a read in between cached the old count)."""
    keys = list(keys)
    transaction.on_commit(lambda: cache.delete_many(keys))
    cache.delete_many(keys)


def _forget_counts(user_ids: Iterable[int]) -> None:
    counts_forget(unread_count_key(pk) for pk in user_ids)


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
    _mail_immediately(kind, created)
    return created


def _mail_immediately(kind: str, created: list[Notification]) -> None:
    """Those who asked for this kind at once get one e-mail each, from the
    background worker once the notifications are committed."""
    preferences = DeliveryPreference.objects.filter(
        person_id__in=[row.recipient_id for row in created]
    )
    at_once = {
        pref.person_id for pref in preferences if pref.delivery_of(kind) == Delivery.IMMEDIATELY
    }
    for row in created:
        if row.recipient_id in at_once:
            transaction.on_commit(partial(tasks.send_notification_email.enqueue, row.pk))


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


def preference_set(
    *, person: User, delivery: str, by_kind: Mapping[str, str] | None = None
) -> DeliveryPreference:
    """Record how the person wants notifications by e-mail; per kind, an empty
    choice follows their general one."""
    if delivery not in Delivery.values:
        raise ValueError(delivery)
    known = registry.registered()
    chosen = {
        key: value
        for key, value in (by_kind or {}).items()
        if key in known and value in Delivery.values and value != delivery
    }
    with transaction.atomic():
        preference, _created = DeliveryPreference.objects.select_for_update().get_or_create(
            person=person
        )
        preference.delivery, preference.by_kind = delivery, chosen
        preference.save(update_fields=["delivery", "by_kind"])
        audit_record(
            actor=person,
            action="notifications.preference.changed",
            obj=preference,
            changed_fields=["delivery", "by_kind"],
        )
    return preference


def unsubscribe(*, person_id: int, kind: str = "") -> DeliveryPreference | None:
    """Stop e-mails about ``kind``, or every notification e-mail when empty
    (the one-click link in each e-mail; the person need not be signed in).
    Repeating it changes nothing; None when the person is gone."""
    with transaction.atomic():
        person = User.objects.filter(pk=person_id).first()
        if person is None:
            return None
        preference, _created = DeliveryPreference.objects.select_for_update().get_or_create(
            person=person
        )
        if kind:
            preference.by_kind = {**preference.by_kind, kind: Delivery.OFF.value}
        else:
            preference.delivery, preference.by_kind = Delivery.OFF, {}
        preference.save(update_fields=["delivery", "by_kind"])
        audit_record(
            actor=person,
            action="notifications.unsubscribed",
            obj=preference,
            changed_fields=["by_kind" if kind else "delivery"],
        )
    return preference
