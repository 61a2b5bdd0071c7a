"""Anonymising participants: on a person's erasure, and N months after an event.

The rows stay (the donor counts participants and days attended); what goes is
the link to the person, their answers and their ticket, and the scans of the
signed attendance sheets."""

import secrets
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from tiltas.accounts.models import User
from tiltas.core.audit import audit_record
from tiltas.core.files import delete_on_commit

from ..models import Registration, SignedAttendanceSheet, SurveyResponse, WalkIn
from ..models.registrations import new_ticket_token

#: How long after an event its participants stay identifiable.
DEFAULT_RETENTION_MONTHS = 36


def registrations_anonymise(
    *, registrations: QuerySet[Registration], actor: User | None = None
) -> int:
    with transaction.atomic():
        SurveyResponse.objects.filter(registration__in=registrations).update(registration=None)
        count = 0
        for registration in registrations.select_for_update().filter(person__isnull=False):
            registration.person = None
            registration.answers = {}
            registration.ticket_token = new_ticket_token()
            registration.save(update_fields=["person", "answers", "ticket_token"])
            count += 1
        if count:
            audit_record(
                actor=actor,
                action="events.registrations.anonymised",
                changed_fields=["person", "answers"],
            )
    return count


#: The name an anonymised walk-in keeps.
ERASED_NAME = "—"


def walk_ins_anonymise(*, walk_ins: QuerySet[WalkIn], actor: User | None = None) -> int:
    """Names, organisations and addresses go. Each address becomes one random
    stand-in, so a person present on several days is still counted once."""
    with transaction.atomic():
        stand_ins: dict[str, str] = {}
        count = 0
        for walk_in in walk_ins.select_for_update().exclude(name=ERASED_NAME):
            if walk_in.email:
                walk_in.email = stand_ins.setdefault(
                    walk_in.email, f"{secrets.token_hex(8)}@erased.invalid"
                )
            walk_in.name, walk_in.organisation_name = ERASED_NAME, ""
            walk_in.save(update_fields=["name", "organisation_name", "email"])
            count += 1
        if count:
            audit_record(
                actor=actor,
                action="events.walk_ins.anonymised",
                changed_fields=["name", "organisation_name", "email"],
            )
    return count


def _cutoff(months: int | None, now: datetime | None) -> datetime:
    if months is None:
        months = int(getattr(settings, "TILTAS_EVENT_RETENTION_MONTHS", DEFAULT_RETENTION_MONTHS))
    return (now or timezone.now()) - timedelta(days=round(months * 30.44))


def registrations_anonymise_expired(
    *, months: int | None = None, now: datetime | None = None
) -> int:
    expired = Registration.objects.filter(
        event__ends_at__lt=_cutoff(months, now), person__isnull=False
    )
    return registrations_anonymise(registrations=expired)


def walk_ins_anonymise_expired(*, months: int | None = None, now: datetime | None = None) -> int:
    return walk_ins_anonymise(
        walk_ins=WalkIn.objects.filter(event__ends_at__lt=_cutoff(months, now))
    )


def signed_sheets_delete_expired(*, months: int | None = None, now: datetime | None = None) -> int:
    """The scans of signed sheets go with the names: a signature cannot be
    anonymised on a scan."""
    with transaction.atomic():
        expired = SignedAttendanceSheet.objects.select_for_update().filter(
            event__ends_at__lt=_cutoff(months, now)
        )
        count = 0
        for sheet in expired:
            delete_on_commit(sheet.file)
            sheet.delete()
            count += 1
        if count:
            audit_record(
                actor=None, action="events.signed_sheets.deleted_expired", label=str(count)
            )
    return count
