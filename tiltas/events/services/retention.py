"""Anonymising participants: on a person's erasure, and N months after an event.

The rows stay (the donor counts participants and days attended); what goes is
the link to the person, their answers and their ticket."""

from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from tiltas.accounts.models import User
from tiltas.core.audit import audit_record

from ..models import Registration, SurveyResponse
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


def registrations_anonymise_expired(
    *, months: int | None = None, now: datetime | None = None
) -> int:
    if months is None:
        months = int(getattr(settings, "TILTAS_EVENT_RETENTION_MONTHS", DEFAULT_RETENTION_MONTHS))
    cutoff = (now or timezone.now()) - timedelta(days=round(months * 30.44))
    expired = Registration.objects.filter(event__ends_at__lt=cutoff, person__isnull=False)
    return registrations_anonymise(registrations=expired)
