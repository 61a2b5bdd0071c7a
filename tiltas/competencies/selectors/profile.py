"""A person's profile: levels, gaps and the programmes that close them, history and evidence."""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db.models import QuerySet
from django.urls import reverse
from django.utils.translation import gettext as _

from tiltas.accounts.models import User, Visitor
from tiltas.core.contributions import extension
from tiltas.core.platform import NextStep
from tiltas.core.public_cache import content_cached
from tiltas.core.roles import is_manager, is_trainer

from ..models import (
    Competency,
    Evidence,
    Framework,
    SelfAssessment,
    SelfAssessmentItem,
    TargetLevel,
    TargetProfile,
)
from .framework import framework_published, profile_choice


def latest_self_levels(person: User, framework: Framework) -> dict[str, int]:
    """The newest self-assessed level per competency code (any framework version)."""
    rows = (
        SelfAssessmentItem.objects.filter(
            assessment__person=person,
            assessment__submitted_at__isnull=False,
            assessment__framework__slug=framework.slug,
        )
        .order_by("assessment__date", "assessment__submitted_at", "assessment_id")
        .values_list("competency__code", "level")
    )
    return dict(rows)  # later rows overwrite earlier ones


def validated_levels(person: User, framework: Framework) -> dict[str, int]:
    """The highest validated level per competency code: evidence only, never self-assessment."""
    levels: dict[str, int] = {}
    rows = Evidence.objects.filter(
        person=person,
        validated_level__isnull=False,
        competency__framework__slug=framework.slug,
    ).values_list("competency__code", "validated_level")
    for code, level in rows:
        if level is not None:
            levels[code] = max(level, levels.get(code, 0))
    return levels


def programmes_developing(competency_ids: Iterable[int]) -> dict[int, list[Any]]:
    """Published programmes that develop these competencies, offered by the
    learning app (a higher layer) through the ``competencies.programmes_developing``
    slot; an empty answer without it."""
    ids = list(competency_ids)
    programmes = extension("competencies.programmes_developing")
    if not ids or programmes is None:
        return {}
    found: dict[int, list[Any]] = programmes(ids)
    return found


@dataclass
class ProfileRow:
    competency: Competency
    self_level: int | None
    validated_level: int | None
    target_level: int | None
    programmes: list[Any] = field(default_factory=list)

    @property
    def basis(self) -> int | None:
        """The level the gap is measured from: validated if any, else self-assessed."""
        return self.validated_level if self.validated_level is not None else self.self_level

    @property
    def gap(self) -> int | None:
        if self.target_level is None:
            return None
        return max(0, self.target_level - (self.basis or 0))


@dataclass
class FrameworkContent:
    """What the profile shows of a framework: the same for everyone, so built
    once per version of what it shows (:func:`tiltas.core.public_cache.content_cached`)."""

    competencies: list[Competency]
    #: target profile id → required level per competency code
    targets: dict[int, dict[str, int]]
    #: competency id → code, for every version of the framework's competencies
    code_of: dict[int, str]


def _framework_content(framework: Framework) -> FrameworkContent:
    competencies = list(
        framework.competencies.select_related("area").order_by(
            "area__order", "area__code", "order", "code"
        )
    )
    targets: dict[int, dict[str, int]] = defaultdict(dict)
    for profile_id, code, level in TargetLevel.objects.filter(
        competency__framework=framework
    ).values_list("profile_id", "competency__code", "level"):
        targets[profile_id][code] = level
    # Programmes may link any version of a competency: ask for every id with the code.
    code_of = dict(
        Competency.objects.filter(framework__slug=framework.slug).values_list("pk", "code")
    )
    return FrameworkContent(competencies, dict(targets), code_of)


def framework_content(framework: Framework) -> FrameworkContent:
    # The target profiles' levels are part of it.
    return content_cached(
        f"competencies:framework:{framework.pk}",
        lambda: _framework_content(framework),
        scopes=[framework, TargetProfile],
    )


def programmes_by_code(code_of: dict[int, str]) -> dict[str, list[Any]]:
    """Competency code → published programmes developing it (any framework
    version; the highest ``target_level`` where a programme links several)."""
    programmes: dict[str, dict[Any, Any]] = defaultdict(dict)
    for pk, found in programmes_developing(code_of).items():
        for programme in found:
            known = programmes[code_of[pk]].get(programme.pk)
            if known is None or _reach(programme) > _reach(known):
                programmes[code_of[pk]][programme.pk] = programme
    return {code: list(by_pk.values()) for code, by_pk in programmes.items()}


def _reach(programme: Any) -> int:
    """The level a programme brings a learner to (the slot's ``target_level``)."""
    return getattr(programme, "target_level", None) or 0


@dataclass
class Recommendation:
    """A programme for the person's gaps, and how many levels of them it closes."""

    programme: Any
    closes: int
    competencies: list[Competency] = field(default_factory=list)


def recommended_programmes(rows: Iterable[ProfileRow]) -> list[Recommendation]:
    """The programmes that close the gaps of ``rows``, the most first: a programme
    closes, in each competency it develops, the levels from the person's level up
    to the lower of the programme's level and the target (summed over them)."""
    found: dict[Any, Recommendation] = {}
    for row in rows:
        if not row.gap or row.target_level is None:
            continue
        for programme in row.programmes:
            reach = min(_reach(programme) or row.target_level, row.target_level)
            closes = reach - (row.basis or 0)
            if closes > 0:
                entry = found.setdefault(programme.pk, Recommendation(programme, 0))
                entry.closes += closes
                entry.competencies.append(row.competency)
    ranked = sorted(found.values(), key=lambda r: (-r.closes, str(r.programme), r.programme.pk))
    rank = {entry.programme.pk: index for index, entry in enumerate(ranked)}
    for row in rows:  # each gap's programmes in the same order
        row.programmes.sort(key=lambda programme: rank.get(programme.pk, len(rank)))
    return ranked


def next_steps(person: User) -> list[NextStep]:
    """A self-assessment not yet done, or a target profile not yet chosen, for
    the person's home page (nothing before the model is published)."""
    if framework_published() is None:
        return []
    if not SelfAssessment.objects.filter(person=person, submitted_at__isnull=False).exists():
        return [
            NextStep(
                reverse("competencies:assessment_create"),
                _("Assess your competencies"),
                _("A few minutes: then Tiltas shows the programmes that close your gaps."),
                order=30,
            )
        ]
    if profile_choice(person) is None:
        return [
            NextStep(
                reverse("competencies:profile"),
                _("Choose your target profile"),
                _("Compare your levels with what your work asks for."),
                order=30,
            )
        ]
    return []


def recommendations_for(person: User) -> list[Recommendation]:
    """The ranked programmes for the person's gaps to their target profile (none
    without a published framework or a chosen profile)."""
    framework = framework_published()
    profile = profile_choice(person)
    if framework is None or profile is None:
        return []
    return recommended_programmes(profile_rows(person, framework, profile))


def profile_rows(
    person: User, framework: Framework, profile: TargetProfile | None
) -> list[ProfileRow]:
    """One row per competency of the framework: the person's levels in two
    queries, the rest from the framework's shared content."""
    content = framework_content(framework)
    self_levels = latest_self_levels(person, framework)
    validated = validated_levels(person, framework)
    targets = content.targets.get(profile.pk, {}) if profile else {}
    rows = [
        ProfileRow(
            competency=c,
            self_level=self_levels.get(c.code),
            validated_level=validated.get(c.code),
            target_level=targets.get(c.code),
        )
        for c in content.competencies
    ]
    if any(row.gap for row in rows):
        programmes = programmes_by_code(content.code_of)
        for row in rows:
            if row.gap:
                row.programmes = programmes.get(row.competency.code, [])
    return rows


@dataclass
class HistoryEntry:
    assessment: SelfAssessment
    levels: dict[str, int]


def assessment_history(person: User, framework: Framework, limit: int = 12) -> list[HistoryEntry]:
    """The person's latest ``limit`` assessments, oldest first, with levels by code."""
    assessments = list(
        SelfAssessment.objects.filter(
            person=person, submitted_at__isnull=False, framework__slug=framework.slug
        ).order_by("-date", "-submitted_at", "-id")[:limit]
    )
    assessments.reverse()
    # Plain tuples, not an item and a competency instance per level shown.
    levels: dict[int, dict[str, int]] = defaultdict(dict)
    for assessment_id, code, level in SelfAssessmentItem.objects.filter(
        assessment__in=[a.pk for a in assessments]
    ).values_list("assessment_id", "competency__code", "level"):
        levels[assessment_id][code] = level
    return [HistoryEntry(a, levels[a.pk]) for a in assessments]


def assessment_detail(assessment: SelfAssessment) -> list[SelfAssessmentItem]:
    return list(
        assessment.items.select_related("competency__area").order_by(
            "competency__area__order", "competency__order", "competency__code"
        )
    )


def evidence_of(person: User) -> QuerySet[Evidence]:
    return (
        Evidence.objects.filter(person=person)
        .select_related("competency", "validated_by")
        .order_by("-occurred_on", "-id")
    )


def evidence_reviewable(reviewer: Visitor) -> QuerySet[Evidence]:
    """The evidence ``reviewer`` may read as staff: all of it for coordinators
    and administrators (their validation queue); for a trainer, that of the
    competencies their programmes develop (the learning app answers through
    the ``competencies.taught_by`` slot); none for anyone else, nor for staff
    without a second factor."""
    if is_manager(reviewer):
        return Evidence.objects.all()
    taught_by = extension("competencies.taught_by")
    if taught_by is None or not is_trainer(reviewer):
        return Evidence.objects.none()
    return Evidence.objects.filter(competency_id__in=taught_by(reviewer.pk))


def evidence_queue(*, reviewer: Visitor, pending_only: bool = True) -> QuerySet[Evidence]:
    """Uploaded evidence for ``reviewer`` to validate, oldest first."""
    queryset = (
        evidence_reviewable(reviewer)
        .filter(kind="uploaded")
        .select_related("person", "competency", "validated_by")
    )
    if pending_only:
        queryset = queryset.filter(validated_level__isnull=True)
    return queryset.order_by("created_at", "id")
