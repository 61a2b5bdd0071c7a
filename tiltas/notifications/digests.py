"""Daily and weekly digests: one e-mail a person, listing what they were told
since their last digest and have neither read nor been mailed."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone

from tiltas.accounts.models import User

from . import emails
from .kinds import Delivery
from .models import DeliveryPreference, Notification

PERIODS = {Delivery.DAILY: timedelta(days=1), Delivery.WEEKLY: timedelta(weeks=1)}
#: The job runs hourly: a digest due within the hour goes now, not an hour late.
SLACK = timedelta(hours=1)
#: Older notifications are no news any more; nothing looks further back.
LOOK_BACK = PERIODS[Delivery.WEEKLY] + timedelta(days=1)


#: People handled together: one batch's notifications, preferences and
#: accounts are all a run holds in memory, however many people wait.
BATCH = 200


def _waiting_rows(now: datetime):
    return Notification.objects.filter(
        emailed_at__isnull=True, read_at__isnull=True, created_at__gte=now - LOOK_BACK
    )


def _batches(now: datetime) -> Iterator[list[int]]:
    """The people with notifications waiting, by id, a batch at a time."""
    after = 0
    while True:
        ids = list(
            _waiting_rows(now)
            .filter(recipient_id__gt=after)
            .order_by("recipient_id")
            .values_list("recipient_id", flat=True)
            .distinct()[:BATCH]
        )
        if not ids:
            return
        yield ids
        after = ids[-1]


def _waiting(now: datetime, people: list[int]) -> dict[int, list[Notification]]:
    rows = _waiting_rows(now).filter(recipient_id__in=people).order_by("created_at", "pk")
    by_person: dict[int, list[Notification]] = defaultdict(list)
    for row in rows:
        by_person[row.recipient_id].append(row)
    return by_person


def _due(preference: DeliveryPreference, rows: list[Notification], now: datetime) -> list:
    """The rows this person's digest lists now; empty when no digest is due."""
    digest = [row for row in rows if preference.delivery_of(row.kind) in PERIODS]
    if not digest:
        return []
    period = min(PERIODS[Delivery(preference.delivery_of(row.kind))] for row in digest)
    since = preference.last_digest_at or digest[0].created_at
    return digest if now >= since + period - SLACK else []


def send_due_digests(now: datetime | None = None) -> int:
    """Send every digest that is due, a batch of people at a time; safe to run
    twice at once: a person's digest is claimed by moving their
    ``last_digest_at`` with a conditional UPDATE, and each notification by
    setting its ``emailed_at``."""
    now = now or timezone.now()
    return sum(_send_batch(people, now) for people in _batches(now))


def _send_batch(people_ids: list[int], now: datetime) -> int:
    waiting = _waiting(now, people_ids)
    preferences = {
        pref.person_id: pref for pref in DeliveryPreference.objects.filter(person_id__in=waiting)
    }
    people = User.objects.in_bulk(list(waiting))
    sent = 0
    for person_id, rows in waiting.items():
        person = people.get(person_id)
        preference = preferences.get(person_id) or DeliveryPreference(person_id=person_id)
        due = _due(preference, rows, now)
        if person is None or not due:
            continue
        with transaction.atomic():
            mine = _claim(person, preference, [row.pk for row in due], now)
            weekly = all(preference.delivery_of(row.kind) == Delivery.WEEKLY for row in mine)
            sent += bool(mine) and emails.send_digest(person, mine, weekly=weekly)
    return sent


def _claim(
    person: User, preference: DeliveryPreference, ids: list[int], now: datetime
) -> list[Notification]:
    """The notifications this run mails to the person, or none if another run
    took the person's digest first."""
    pref, _created = DeliveryPreference.objects.get_or_create(person=person)
    if not DeliveryPreference.objects.filter(
        pk=pref.pk, last_digest_at=preference.last_digest_at
    ).update(last_digest_at=now):
        return []
    Notification.objects.filter(pk__in=ids, emailed_at__isnull=True).update(emailed_at=now)
    return list(
        Notification.objects.filter(pk__in=ids, emailed_at=now).order_by("created_at", "pk")
    )
