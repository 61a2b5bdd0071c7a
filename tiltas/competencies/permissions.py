"""Object-level access: each returns the object or raises Http404."""

from typing import Any

from django.http import Http404

from tiltas.core.access import TEACHERS

from .models import (
    Area,
    Competency,
    Evidence,
    EvidenceKind,
    Framework,
    SelfAssessment,
    TargetProfile,
)


def _get(queryset, pk: Any):
    try:
        return queryset.get(pk=int(pk))
    except (queryset.model.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc


def _teaches(user: Any) -> bool:
    return bool(user.is_authenticated and user.is_active and user.role in TEACHERS)


def access_framework_by_id(user: Any, framework_id: Any) -> Framework:
    """Management only (views are role-gated); any status."""
    return _get(Framework.objects.all(), framework_id)


def access_area_by_id(user: Any, framework: Framework, area_id: Any) -> Area:
    return _get(Area.objects.filter(framework=framework), area_id)


def access_competency_by_id(user: Any, framework: Framework, competency_id: Any) -> Competency:
    return _get(
        Competency.objects.filter(framework=framework).select_related("area", "framework"),
        competency_id,
    )


def access_target_profile_by_id(user: Any, profile_id: Any) -> TargetProfile:
    return _get(TargetProfile.objects.all(), profile_id)


def access_self_assessment_by_id(user: Any, assessment_id: Any) -> SelfAssessment:
    """Only the person's own assessments."""
    if not user.is_authenticated:
        raise Http404
    return _get(
        SelfAssessment.objects.filter(person=user).select_related("framework"), assessment_id
    )


def access_evidence_by_id(user: Any, evidence_id: Any) -> Evidence:
    """The person's own evidence; trainers, coordinators and administrators see all."""
    if not user.is_authenticated:
        raise Http404
    queryset = Evidence.objects.select_related("competency__framework", "person", "validated_by")
    if not _teaches(user):
        queryset = queryset.filter(person=user)
    return _get(queryset, evidence_id)


def access_evidence_for_validation_by_id(user: Any, evidence_id: Any) -> Evidence:
    """Uploaded evidence of someone else, for a trainer to validate."""
    if not _teaches(user):
        raise Http404
    queryset = Evidence.objects.filter(kind=EvidenceKind.UPLOADED).exclude(person=user)
    return _get(
        queryset.select_related("competency__framework", "person", "validated_by"), evidence_id
    )
