"""What the scheduler does for the channel: reminders of deadlines, and the
deletion of closed cases once their retention period ends."""

from collections import Counter
from datetime import datetime, timedelta
from functools import partial
from uuid import UUID

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from tiltas.core.audit import audit_record
from tiltas.core.files import delete_on_commit

from ..models import CASE_LABEL, Case, CaseEvent, Status
from .notices import officers_remind

#: At most one reminder a day per case.
REMIND_EVERY = timedelta(hours=20)


def cases_remind(*, now: datetime | None = None) -> int:
    """E-mail the officers of each institution with cases due or overdue; the
    number of cases reminded of."""
    now = now or timezone.now()
    open_cases = Case.objects.exclude(status=Status.CLOSED).exclude(
        reminded_at__gt=now - REMIND_EVERY
    )
    by_organisation: dict[int, Counter[str]] = {}
    reminded: list[UUID] = []
    for case in open_cases.only(
        "pk", "organisation_id", "status", "received_at", "acknowledged_at", "feedback_at"
    ).iterator():
        state = case.deadline_state(now)
        if state in ("due", "overdue"):
            by_organisation.setdefault(case.organisation_id, Counter())[state] += 1
            reminded.append(case.pk)
    with transaction.atomic():
        Case.objects.filter(pk__in=reminded).update(reminded_at=now)
        for organisation_id, counts in by_organisation.items():
            transaction.on_commit(
                partial(
                    officers_remind,
                    organisation_id=organisation_id,
                    overdue=counts["overdue"],
                    due=counts["due"],
                )
            )
    return len(reminded)


def cases_delete_expired(*, now: datetime | None = None) -> int:
    """Delete closed cases older than ``WHISTLEBLOWING_RETENTION_YEARS``, with
    their messages, files and access log; the audit log says only that a case went."""
    now = now or timezone.now()
    cutoff = now - relativedelta(years=settings.WHISTLEBLOWING_RETENTION_YEARS)
    deleted = 0
    for case in Case.objects.filter(status=Status.CLOSED, closed_at__lt=cutoff).iterator():
        with transaction.atomic():
            for case_file in case.files.all():
                delete_on_commit(case_file.stored)
            audit_record(actor=None, action="whistleblowing.case.deleted", label=CASE_LABEL)
            _case_delete(case)
            deleted += 1
    return deleted


def _case_delete(case: Case) -> None:
    """The case with its messages, files and access history. The history is
    append-only while its case exists (a database trigger, migration 0002), so
    the case row goes first; the foreign keys are checked at the commit."""
    case.messages.all().delete()
    case.files.all().delete()
    Case.objects.filter(pk=case.pk)._raw_delete(Case.objects.db)  # no cascade: the history stays
    CaseEvent.objects.filter(case_id=case.pk)._raw_delete(CaseEvent.objects.db)
