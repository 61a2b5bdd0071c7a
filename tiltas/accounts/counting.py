"""The unique-logins indicator: distinct people of the target group who signed in.

Counted: members (the civil servants and partners the project serves) who
signed in at least once in the period. Not counted: demo and benchmark
accounts (``User.is_demo``), and the project's own staff (trainers,
coordinators, integrity officers, administrators), whose sign-ins are work
on the platform, not its use."""

from collections import Counter
from datetime import date, datetime, time, timedelta

from django.utils import timezone

from tiltas.core.platform import Measurement
from tiltas.core.roles import Role

from .models import User


def _bounds(start: date | None, end: date | None) -> dict[str, datetime]:
    bounds = {}
    if start:
        bounds["login_records__at__gte"] = timezone.make_aware(datetime.combine(start, time.min))
    if end:
        next_day = datetime.combine(end + timedelta(days=1), time.min)
        bounds["login_records__at__lt"] = timezone.make_aware(next_day)
    return bounds


def unique_logins(*, start: date | None = None, end: date | None = None) -> Measurement:
    people = (
        User.objects.filter(
            login_records__isnull=False, is_demo=False, role=Role.MEMBER, **_bounds(start, end)
        )
        .distinct()
        .values_list("pk", "sex", "country", "organisation__type")
    )
    # One row per person (the pk keeps two alike people apart).
    rows = [row[1:] for row in people.order_by()]
    return Measurement(
        value=len(rows),
        breakdown={
            "sex": dict(Counter(sex for sex, _c, _t in rows)),
            "country": dict(Counter(country for _s, country, _t in rows)),
            "organisation_type": dict(Counter(kind or "" for _s, _c, kind in rows)),
        },
    )
