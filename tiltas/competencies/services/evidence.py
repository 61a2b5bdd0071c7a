"""Evidence: uploaded, validated, recorded automatically; and personal data."""

from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from tiltas.accounts.models import User
from tiltas.core.audit import audit_record
from tiltas.core.files import delete_on_commit
from tiltas.core.uploads import clean_document, display_name

from ..models import (
    Competency,
    Evidence,
    EvidenceKind,
    ProfileChoice,
    SelfAssessment,
)
from .base import (
    VALIDATOR_ROLES,
    check_level,
)


@transaction.atomic
def evidence_upload(
    *,
    person: User,
    competency: Competency,
    level_claimed: int,
    title: str,
    occurred_on: date,
    upload: UploadedFile[bytes] | None = None,
    link: str = "",
) -> Evidence:
    """A member's own evidence: a checked file or a link."""
    check_level(competency.framework, level_claimed)
    if bool(upload) == bool(link):
        raise ValidationError(_("Give either a file or a link."), code="file_or_link")
    evidence = Evidence(
        person=person,
        competency=competency,
        kind=EvidenceKind.UPLOADED,
        title=title[:200],
        occurred_on=occurred_on,
        level_claimed=level_claimed,
        link=link,
    )
    if upload is not None:
        stored, mime = clean_document(upload)
        evidence.file = stored
        evidence.file_name = display_name(upload.name or "", fallback="evidence")
        evidence.file_type = mime
    evidence.save()
    audit_record(actor=person, action="competencies.evidence.uploaded", obj=evidence)
    return evidence


@transaction.atomic
def evidence_delete(*, evidence: Evidence, actor: User) -> None:
    # Re-read under a lock: a trainer may have validated it a moment ago.
    evidence = Evidence.objects.select_for_update().get(pk=evidence.pk)
    if evidence.kind != EvidenceKind.UPLOADED or evidence.is_validated:
        raise ValidationError(
            _("Validated and automatic evidence stays in your record."), code="locked"
        )
    audit_record(actor=actor, action="competencies.evidence.deleted", obj=evidence)
    delete_on_commit(evidence.file)
    evidence.delete()


@transaction.atomic
def evidence_validate(*, evidence: Evidence, actor: User, level: int, comment: str) -> Evidence:
    """A trainer confirms the level the evidence shows, with a comment."""
    evidence = (
        Evidence.objects.select_for_update()
        .select_related("competency__framework")
        .get(pk=evidence.pk)
    )
    if getattr(actor, "role", None) not in VALIDATOR_ROLES:
        raise ValidationError(_("Only trainers may validate evidence."), code="role")
    if evidence.person_id == actor.pk:
        raise ValidationError(_("You cannot validate your own evidence."), code="own")
    check_level(evidence.competency.framework, level)
    evidence.validated_level = level
    evidence.validated_by = actor
    evidence.validated_at = timezone.now()
    evidence.comment = comment[:2000]
    evidence.save(update_fields=["validated_level", "validated_by", "validated_at", "comment"])
    audit_record(
        actor=actor,
        action="competencies.evidence.validated",
        obj=evidence,
        changed_fields=["validated_level", "validated_by", "validated_at", "comment"],
    )
    return evidence


def evidence_add_automatic(
    *,
    person: User,
    competency: Competency,
    level: int,
    source: str,
    source_ref: str,
    occurred_on: date,
    title: str = "",
) -> Evidence:
    """Evidence a record of the platform produces (a programme completed, an event
    attended). Idempotent per (person, source, source_ref, competency): calling it
    again returns the evidence recorded the first time. The level counts as
    validated: the platform itself saw the completion."""
    lookup = {
        "person": person,
        "competency": competency,
        "kind": EvidenceKind.AUTOMATIC,
        "source": source,
        "source_ref": str(source_ref),
    }
    if existing := Evidence.objects.filter(**lookup).first():
        return existing
    try:
        with transaction.atomic():
            evidence = Evidence.objects.create(
                **lookup,
                title=title[:200],
                occurred_on=occurred_on,
                level_claimed=level,
                validated_level=level,
                validated_at=timezone.now(),
            )
            audit_record(actor=None, action="competencies.evidence.recorded", obj=evidence)
    except IntegrityError:
        # Another request recorded the same evidence a moment ago.
        return Evidence.objects.get(**lookup)
    return evidence


# --- Personal data ----------------------------------------------------------------


def person_data_export(person: User) -> dict[str, Any]:
    choice = ProfileChoice.objects.filter(person=person).select_related("profile").first()
    assessments = SelfAssessment.objects.filter(person=person).prefetch_related("items__competency")
    return {
        "target_profile": choice.profile.slug if choice else None,
        "self_assessments": [
            {
                "date": a.date.isoformat(),
                "submitted_at": a.submitted_at.isoformat() if a.submitted_at else None,
                "levels": [
                    {"competency": i.competency.code, "level": i.level, "note": i.note}
                    for i in a.items.all()
                ],
            }
            for a in assessments
        ],
        "evidence": [
            {
                "competency": e.competency.code,
                "kind": e.kind,
                "source": e.source,
                "title": e.title,
                "date": e.occurred_on.isoformat(),
                "level_claimed": e.level_claimed,
                "file_name": e.file_name,
                "link": e.link,
                "validated_level": e.validated_level,
                "comment": e.comment,
            }
            for e in Evidence.objects.filter(person=person).select_related("competency")
        ],
    }


@transaction.atomic
def person_data_erase(person: User) -> None:
    for evidence in Evidence.objects.filter(person=person).exclude(file=""):
        delete_on_commit(evidence.file)
    Evidence.objects.filter(person=person).delete()
    # Evidence the person validated for others stays, without their name.
    Evidence.objects.filter(validated_by=person).update(validated_by=None)
    SelfAssessment.objects.filter(person=person).delete()
    ProfileChoice.objects.filter(person=person).delete()
