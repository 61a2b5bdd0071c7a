"""Issuing certificates when learning's and events' achievements are recorded.

Called by the receivers inside the producer's transaction: a certificate
commits or rolls back with the completion or the held event. The same
achievement never gets two certificates (a database constraint, a savepoint
around the insert); the PDF is drawn by a background task after the commit.
"""

import calendar
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import Count, Q
from django.utils import timezone

from tiltas.accounts.models import Organisation, ProjectRole, User
from tiltas.core.audit import audit_record
from tiltas.events.models import Event, EventStatus, Registration, RegistrationStatus
from tiltas.learning.models import Completion, Enrolment
from tiltas.learning.selectors import programme_competency_levels

from ..models import (
    Certificate,
    CertificateCompetency,
    CertificateKind,
    CertificateRevision,
    PdfStatus,
    ReissueReason,
    Signatory,
)
from .scheduling import schedule_pdf


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (the month's last day when it is shorter)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def issuer_organisation() -> Organisation | None:
    """The project's applicant organisation, which issues every certificate."""
    return Organisation.objects.filter(project_role=ProjectRole.APPLICANT).order_by("pk").first()


def _issue(
    *,
    person: User,
    kind: str,
    competencies: Iterable[tuple[Any, int]],
    **fields: Any,
) -> Certificate | None:
    """Create the certificate unless the achievement has one; None then."""
    issuer = issuer_organisation()
    certificate = Certificate(
        person=person,
        kind=kind,
        holder_name=person.full_name,
        issuer=issuer,
        issuer_name=issuer.name if issuer else "Tiltas",
        signatory=Signatory.objects.filter(is_current=True).first(),
        **fields,
    )
    try:
        with transaction.atomic():
            certificate.save(force_insert=True)
    except IntegrityError:
        return None  # issued already (a second signal, or a concurrent one)
    CertificateCompetency.objects.bulk_create(
        CertificateCompetency(certificate=certificate, competency=competency, level=level)
        for competency, level in competencies
    )
    audit_record(
        actor=None,
        action="credentials.certificate.issued",
        obj=certificate,
        changed_fields=["number", "holder_name", "kind"],
    )
    schedule_pdf(certificate)
    return certificate


def certificate_issue_for_completion(*, completion: Completion) -> Certificate | None:
    """A certificate of completion for a completed programme (once)."""
    programme, person = completion.programme, completion.person
    if Certificate.objects.filter(
        kind=CertificateKind.PROGRAMME, programme=programme, person=person
    ).exists():
        return None
    enrolment = Enrolment.objects.filter(programme=programme, person=person).first()
    return _issue(
        person=person,
        kind=CertificateKind.PROGRAMME,
        programme=programme,
        source_ref=f"learning.completion:{completion.pk}",
        hours=completion.hours,
        started_on=timezone.localdate(enrolment.enrolled_at) if enrolment else None,
        ended_on=completion.completed_on,
        place="",
        country="",
        competencies=programme_competency_levels(programme.pk),
    )


def _attended_hours(event: Event, days: int) -> Decimal | None:
    per_day = event.hours_per_day
    return None if per_day is None else (per_day * days).quantize(Decimal("0.1"))


def certificate_issue_for_registration(
    *, registration: Registration, days_attended: int, competencies: Any = None
) -> Certificate | None:
    """A certificate of attendance when the person's days meet the event's rule."""
    event, person = registration.event, registration.person
    if person is None or registration.status != RegistrationStatus.CONFIRMED:
        return None
    if event.status != EventStatus.HELD or not event.certificate_earned(days_attended):
        return None
    if Certificate.objects.filter(kind=CertificateKind.EVENT, event=event, person=person).exists():
        return None
    if competencies is None:
        competencies = programme_competency_levels(event.programme_id) if event.programme_id else []
    issued_on = timezone.localdate()
    months = event.certificate_valid_months
    days = event.days
    return _issue(
        person=person,
        kind=CertificateKind.EVENT,
        event=event,
        source_ref=f"events.registration:{registration.pk}",
        hours=_attended_hours(event, days_attended),
        started_on=days[0],
        ended_on=days[-1],
        place=event.city,
        country=event.country,
        issued_on=issued_on,
        expires_on=add_months(issued_on, months) if months else None,
        competencies=competencies,
    )


def certificates_issue_for_event(*, event: Event) -> list[Certificate]:
    """Every confirmed participant whose attendance meets the rule, once held."""
    if event.status != EventStatus.HELD:
        return []
    attended = (
        Registration.objects.filter(
            event=event, status=RegistrationStatus.CONFIRMED, person__isnull=False
        )
        .annotate(days_attended=Count("attendances"))
        .filter(days_attended__gt=0)
        .select_related("person", "event")
        .order_by("id")
    )
    competencies = programme_competency_levels(event.programme_id) if event.programme_id else []
    issued = []
    for registration in attended:
        registration.event = event
        certificate = certificate_issue_for_registration(
            registration=registration,
            days_attended=registration.days_attended,
            competencies=competencies,
        )
        if certificate is not None:
            issued.append(certificate)
    return issued


def certificate_reissue(
    *, certificate: Certificate, reason: str, actor: User | None
) -> Certificate:
    """The same number with the holder's current name; the change is recorded
    and a new PDF drawn."""
    with transaction.atomic():
        certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
        person = certificate.person
        if person is None or certificate.is_revoked:
            return certificate
        changed = []
        if certificate.holder_name != person.full_name:
            certificate.holder_name = person.full_name
            changed.append("holder_name")
        if not changed and reason == ReissueReason.NAME_CHANGED:
            return certificate
        certificate.save(update_fields=["holder_name", "updated_at"])
        CertificateRevision.objects.create(
            certificate=certificate, reason=reason, changed_fields=changed
        )
        audit_record(
            actor=actor,
            action="credentials.certificate.reissued",
            obj=certificate,
            changed_fields=changed,
        )
        schedule_pdf(certificate)
    return certificate


def certificates_reissue_for_person(*, person: User) -> int:
    """After a change to the person: a new name re-issues their certificates,
    a new language draws their PDFs again. One query when nothing changed."""
    stale = Certificate.objects.filter(person=person, revoked_at__isnull=True).filter(
        ~Q(holder_name=person.full_name)
        | (Q(pdf_status=PdfStatus.READY) & ~Q(pdf_language=person.preferred_language))
    )
    count = 0
    for certificate in stale:
        certificate.person = person
        if certificate.holder_name != person.full_name:
            certificate_reissue(
                certificate=certificate, reason=ReissueReason.NAME_CHANGED, actor=person
            )
        else:
            with transaction.atomic():
                schedule_pdf(certificate)
        count += 1
    return count
