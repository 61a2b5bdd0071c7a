"""Target profiles, a person's chosen profile and self-assessments."""

from collections.abc import Mapping
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from tiltas.accounts.models import User
from tiltas.core.audit import audit_record
from tiltas.core.i18n import translated_names
from tiltas.core.services import model_update

from ..models import (
    Competency,
    Framework,
    FrameworkStatus,
    ProfileChoice,
    SelfAssessment,
    SelfAssessmentItem,
    TargetLevel,
    TargetProfile,
)
from .base import (
    TEXT_FIELDS,
    check_level,
    level_numbers,
    reloaded,
)

# --- Target profiles ------------------------------------------------------------


def _save_target_levels(profile: TargetProfile, levels: Mapping[Competency, int | None]) -> None:
    for competency, level in levels.items():
        if level is None:
            TargetLevel.objects.filter(profile=profile, competency=competency).delete()
            continue
        check_level(competency.framework, level)
        TargetLevel.objects.update_or_create(
            profile=profile, competency=competency, defaults={"level": level}
        )


@transaction.atomic
def target_profile_create(
    *, actor: User, data: Mapping[str, Any], levels: Mapping[Competency, int | None]
) -> TargetProfile:
    profile = TargetProfile()
    model_update(profile, data=data, fields=["slug", "order", *translated_names(*TEXT_FIELDS)])
    if TargetProfile.objects.filter(slug=profile.slug).exists():
        raise ValidationError(_("This short name is used already."), code="slug")
    profile.save()
    _save_target_levels(profile, levels)
    audit_record(actor=actor, action="competencies.target_profile.created", obj=profile)
    return profile


@transaction.atomic
def target_profile_update(
    *,
    profile: TargetProfile,
    actor: User,
    data: Mapping[str, Any],
    levels: Mapping[Competency, int | None],
) -> TargetProfile:
    profile = reloaded(profile)
    changed = model_update(profile, data=data, fields=["order", *translated_names(*TEXT_FIELDS)])
    profile.save()
    _save_target_levels(profile, levels)
    audit_record(
        actor=actor,
        action="competencies.target_profile.updated",
        obj=profile,
        changed_fields=[*changed, "levels"],
    )
    return profile


# --- A person's own record ------------------------------------------------------


@transaction.atomic
def profile_choose(*, person: User, profile: TargetProfile | None) -> ProfileChoice | None:
    if profile is None:
        for choice in ProfileChoice.objects.filter(person=person):
            audit_record(actor=person, action="competencies.profile_choice.cleared", obj=choice)
            choice.delete()
        return None
    choice, _created = ProfileChoice.objects.update_or_create(
        person=person, defaults={"profile": profile, "chosen_at": timezone.now()}
    )
    audit_record(actor=person, action="competencies.profile_choice.saved", obj=choice)
    return choice


@transaction.atomic
def self_assessment_submit(
    *,
    person: User,
    framework: Framework,
    levels: Mapping[Competency, tuple[int, str]],
    on: date | None = None,
) -> SelfAssessment:
    """Record a dated questionnaire. Earlier assessments are kept as they are."""
    if framework.status != FrameworkStatus.PUBLISHED:
        raise ValidationError(_("Assess yourself against the published framework."), code="draft")
    if not levels:
        raise ValidationError(_("Choose a level for at least one competency."), code="empty")
    allowed = level_numbers(framework)
    for competency, (level, _note) in levels.items():
        if competency.framework_id != framework.pk or level not in allowed:
            raise ValidationError(_("Choose a level of the scale."), code="bad_level")
    assessment = SelfAssessment.objects.create(
        person=person,
        framework=framework,
        date=on or timezone.localdate(),
        submitted_at=timezone.now(),
    )
    SelfAssessmentItem.objects.bulk_create(
        SelfAssessmentItem(assessment=assessment, competency=c, level=level, note=note[:2000])
        for c, (level, note) in levels.items()
    )
    audit_record(actor=person, action="competencies.self_assessment.submitted", obj=assessment)
    return assessment
