"""Enrolment: by the member, by a coordinator (a list or an organisation), from an event."""

from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from tiltas.accounts.models import User
from tiltas.core.audit import audit_record

from .. import selectors
from ..models import Enrolment, EnrolmentSource, Programme, Status
from ..tasks import send_enrolment_notice


def enrolment_add(
    *, programme: Programme, person: User, source: str, actor: User
) -> tuple[Enrolment, bool]:
    """Enrol ``person`` unless already enrolled; returns (enrolment, created).

    Used by the other enrolment services and by the events app (source "event").
    """
    with transaction.atomic():
        existing = Enrolment.objects.filter(programme=programme, person=person).first()
        if existing is not None:
            return existing, False
        try:
            with transaction.atomic():
                enrolment = Enrolment.objects.create(
                    programme=programme, person=person, source=source
                )
        except IntegrityError:
            # A concurrent request enrolled the same person first: one enrolment stays.
            return Enrolment.objects.get(programme=programme, person=person), False
        audit_record(
            actor=actor,
            action="learning.enrolment.created",
            obj=enrolment,
            changed_fields=["programme", "person", "source"],
        )
        if source != EnrolmentSource.SELF:
            # Someone else enrolled them: tell the person, once the enrolment is stored.
            transaction.on_commit(lambda: send_enrolment_notice.enqueue(enrolment.pk))
    return enrolment, True


def enrolment_self(*, programme: Programme, person: User) -> Enrolment:
    if programme.status != Status.PUBLISHED or not programme.enrolment_open:
        raise ValidationError(_("This programme is not open for enrolment."), code="closed")
    enrolment, _created = enrolment_add(
        programme=programme, person=person, source=EnrolmentSource.SELF, actor=person
    )
    return enrolment


@dataclass
class BulkResult:
    enrolled: list[str] = field(default_factory=list)
    already: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)


def _bulk(*, programme: Programme, people: list[Any], actor: User, result: BulkResult) -> None:
    if programme.status == Status.ARCHIVED:
        raise ValidationError(_("An archived programme takes no new learners."), code="archived")
    for person in people:
        _enrolment, created = enrolment_add(
            programme=programme, person=person, source=EnrolmentSource.COORDINATOR, actor=actor
        )
        (result.enrolled if created else result.already).append(person.email)


def enrolment_bulk_by_emails(*, programme: Programme, emails: str, actor: User) -> BulkResult:
    """Enrol everyone in a list of e-mail addresses (one per line, commas or spaces)."""
    wanted: list[str] = []
    for raw in emails.replace(",", " ").replace(";", " ").split():
        address = raw.strip().lower()
        try:
            validate_email(address)
        except ValidationError as exc:
            raise ValidationError(
                _("“%(address)s” is not an e-mail address.") % {"address": raw[:100]},
                code="invalid",
            ) from exc
        if address not in wanted:
            wanted.append(address)
    if not wanted:
        raise ValidationError(_("Enter at least one e-mail address."), code="empty")
    people = {
        person.email.lower(): person
        for person in get_user_model().objects.filter(email__in=wanted, is_active=True)
    }
    result = BulkResult(unknown=[address for address in wanted if address not in people])
    with transaction.atomic():
        _bulk(
            programme=programme,
            people=[people[a] for a in wanted if a in people],
            actor=actor,
            result=result,
        )
    return result


def enrolment_bulk_from_organisation(
    *, programme: Programme, organisation: Any, actor: User
) -> BulkResult:
    people = list(
        get_user_model().objects.filter(organisation=organisation, is_active=True).order_by("pk")
    )
    result = BulkResult()
    with transaction.atomic():
        _bulk(programme=programme, people=people, actor=actor, result=result)
    return result


def learners_export(*, programme: Programme, actor: User) -> list[selectors.LearnerRow]:
    """The progress rows of every learner, for a CSV export; the export itself is
    recorded, because personal data leaves the platform."""
    with transaction.atomic():
        rows = selectors.learner_rows(programme, selectors.learner_table(programme))
        audit_record(
            actor=actor,
            action="learning.learners.exported",
            obj=programme,
            changed_fields=[],
        )
    return rows
