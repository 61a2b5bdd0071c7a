"""Demo snapshots: the two months before this one frozen by the scheduler, the
last of them corrected by the coordinator with a reason, as happens when a
training is marked held late. Idempotent: a month with a snapshot is left alone."""

from datetime import date, timedelta

from django.db import transaction
from django.utils import timezone

from tiltas.accounts.models import User

from . import selectors, services

CORRECTION = (
    "Vilniaus mokymai pažymėti kaip įvykę tik gavus pasirašytą dalyvių sąrašą; "
    "mėnuo suskaičiuotas iš naujo."
)


def _month_before(day: date) -> date:
    return day.replace(day=1) - timedelta(days=1)


def _freeze() -> None:
    last = _month_before(timezone.localdate())
    before = _month_before(last)
    if selectors.snapshot_current(before) is None:
        services.snapshot_make(month=before, actor=None)
    if selectors.snapshot_current(last) is None:
        services.snapshot_make(month=last, actor=None)
        coordinator = User.objects.filter(email="coordinator@demo.tiltas.lt").first()
        services.snapshot_make(month=last, actor=coordinator, reason=CORRECTION)


def load_demo() -> None:
    # After every app's demo data is in (they load after this app): the
    # snapshots count the demo's events, visits and programmes.
    transaction.on_commit(_freeze)
