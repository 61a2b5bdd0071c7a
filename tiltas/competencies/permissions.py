"""Object-level access: each returns the object or raises Http404."""

from typing import Any

from django.http import Http404

from tiltas.accounts.models import Visitor
from tiltas.core.access import get_or_404
from tiltas.core.roles import is_manager

from .models import (
    Area,
    Competency,
    Evidence,
    EvidenceKind,
    Framework,
    SelfAssessment,
    TargetProfile,
)
from .selectors import evidence_reviewable


def access_framework_for_manage_by_id(user: Visitor, framework_id: Any) -> Framework:
    """Any status: drafts and archived versions are managed too."""
    if not is_manager(user):
        raise Http404
    return get_or_404(Framework.objects, pk=framework_id)


def access_area_for_manage_by_id(user: Visitor, framework: Framework, area_id: Any) -> Area:
    if not is_manager(user):
        raise Http404
    return get_or_404(Area.objects.filter(framework=framework), pk=area_id)


def access_competency_for_manage_by_id(
    user: Visitor, framework: Framework, competency_id: Any
) -> Competency:
    if not is_manager(user):
        raise Http404
    return get_or_404(
        Competency.objects.filter(framework=framework).select_related("area", "framework"),
        pk=competency_id,
    )


def access_target_profile_for_manage_by_id(user: Visitor, profile_id: Any) -> TargetProfile:
    if not is_manager(user):
        raise Http404
    return get_or_404(TargetProfile.objects, pk=profile_id)


def access_self_assessment_by_id(user: Visitor, assessment_id: Any) -> SelfAssessment:
    """Only the person's own assessments."""
    if not user.is_authenticated:
        raise Http404
    return get_or_404(
        SelfAssessment.objects.filter(person=user).select_related("framework"), pk=assessment_id
    )


def access_evidence_by_id(user: Visitor, evidence_id: Any) -> Evidence:
    """The person's own evidence, and the evidence they review as staff
    (:func:`~tiltas.competencies.selectors.evidence_reviewable`)."""
    if not user.is_authenticated:
        raise Http404
    queryset = Evidence.objects.filter(person=user) | evidence_reviewable(user)
    return get_or_404(
        queryset.select_related("competency__framework", "person", "validated_by"), pk=evidence_id
    )


def access_evidence_for_manage_by_id(user: Visitor, evidence_id: Any) -> Evidence:
    """Uploaded evidence of someone else that ``user`` reviews, to validate."""
    queryset = evidence_reviewable(user).filter(kind=EvidenceKind.UPLOADED).exclude(person=user.pk)
    return get_or_404(
        queryset.select_related("competency__framework", "person", "validated_by"), pk=evidence_id
    )
