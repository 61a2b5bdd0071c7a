"""Reads of the competency model: the published framework, a person's profile
and history, the evidence queue and the anonymised aggregates."""

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.apps import apps
from django.core.cache import cache
from django.db.models import Prefetch, QuerySet
from django.utils import timezone

from tiltas.core.public_cache import content_cached

from .models import (
    Area,
    Competency,
    Evidence,
    Framework,
    FrameworkStatus,
    ProfileChoice,
    SelfAssessment,
    SelfAssessmentItem,
    TargetLevel,
    TargetProfile,
)

#: Groups smaller than this are not shown in aggregates, so nobody can be singled out.
MIN_GROUP_SIZE = 5
GROUPINGS = ("organisation", "region", "country")


def framework_published() -> Framework | None:
    """The published framework (the first by short name if there are several)."""
    return (
        Framework.objects.filter(status=FrameworkStatus.PUBLISHED)
        .prefetch_related("levels")
        .order_by("slug")
        .first()
    )


def framework_tree(framework: Framework) -> list[Area]:
    """Areas with their competencies and descriptors, in order, in three queries."""
    return list(
        framework.areas.prefetch_related(
            Prefetch(
                "competencies",
                queryset=Competency.objects.order_by("order", "code").prefetch_related(
                    "descriptors"
                ),
            )
        ).order_by("order", "code")
    )


def framework_list() -> QuerySet[Framework]:
    return Framework.objects.order_by("slug", "-version")


def target_profiles() -> QuerySet[TargetProfile]:
    return TargetProfile.objects.order_by("order", "slug")


def target_levels(profile: TargetProfile, framework: Framework) -> dict[str, int]:
    """Required level per competency code of ``framework``."""
    return dict(
        TargetLevel.objects.filter(profile=profile, competency__framework=framework).values_list(
            "competency__code", "level"
        )
    )


def profile_choice(person: Any) -> TargetProfile | None:
    choice = ProfileChoice.objects.filter(person=person).select_related("profile").first()
    return choice.profile if choice else None


def latest_self_levels(person: Any, framework: Framework) -> dict[str, int]:
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


def validated_levels(person: Any, framework: Framework) -> dict[str, int]:
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
    """Published programmes that develop these competencies, from the learning app
    when it is installed and offers the selector; an empty answer otherwise."""
    ids = list(competency_ids)
    if not ids or not apps.is_installed("tiltas.learning"):
        return {}
    try:
        from tiltas.learning import selectors as learning_selectors
    except ImportError:
        return {}
    function = getattr(learning_selectors, "programmes_developing", None)
    if function is None:
        return {}
    return function(ids)


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
    once per content version (:func:`tiltas.core.public_cache.content_cached`)."""

    competencies: list[Competency]
    #: target profile id → required level per competency code
    targets: dict[int, dict[str, int]]
    #: competency code → published programmes developing it (any framework version)
    programmes: dict[str, list[Any]]


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
    programmes: dict[str, dict[Any, Any]] = defaultdict(dict)
    for pk, found in programmes_developing(code_of).items():
        for programme in found:
            programmes[code_of[pk]].setdefault(programme.pk, programme)
    return FrameworkContent(
        competencies,
        dict(targets),
        {code: list(by_pk.values()) for code, by_pk in programmes.items()},
    )


def framework_content(framework: Framework) -> FrameworkContent:
    return content_cached(
        f"competencies:framework:{framework.pk}", lambda: _framework_content(framework)
    )


def profile_rows(
    person: Any, framework: Framework, profile: TargetProfile | None
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
    for row in rows:
        if row.gap:
            row.programmes = content.programmes.get(row.competency.code, [])
    return rows


@dataclass
class HistoryEntry:
    assessment: SelfAssessment
    levels: dict[str, int]


def assessment_history(person: Any, framework: Framework, limit: int = 12) -> list[HistoryEntry]:
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


def evidence_of(person: Any) -> QuerySet[Evidence]:
    return (
        Evidence.objects.filter(person=person)
        .select_related("competency", "validated_by")
        .order_by("-occurred_on", "-id")
    )


def evidence_queue(*, pending_only: bool = True) -> QuerySet[Evidence]:
    """Uploaded evidence for trainers to validate, oldest first."""
    queryset = Evidence.objects.filter(kind="uploaded").select_related(
        "person", "competency", "validated_by"
    )
    if pending_only:
        queryset = queryset.filter(validated_level__isnull=True)
    return queryset.order_by("created_at", "id")


# --- Aggregates -------------------------------------------------------------------


@dataclass
class AggregateGroup:
    key: str
    label: str
    people: int
    #: competency code → {level: number of people}
    distribution: dict[str, dict[int, int]]
    #: the same as table rows: competency and the counts for each level of the scale
    rows: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Aggregate:
    grouping: str
    basis: str
    levels: list[int]
    competencies: list[Competency]
    groups: list[AggregateGroup]
    hidden_groups: int
    counted_at: Any = None


def _group_key(grouping: str, person: Mapping[str, Any]) -> tuple[str, str]:
    if grouping == "organisation":
        return str(person["organisation_id"] or ""), person["organisation__name"] or ""
    if grouping == "region":
        return person["organisation__region"] or "", person["organisation__region"] or ""
    country = person["country"] or person["organisation__country"] or ""
    return country, country


#: What the aggregates count: each person's latest self-assessed level, or the
#: highest level trainers validated from their evidence (never a mix).
BASES = ("self", "validated")


def _levels_by_person(
    framework: Framework, basis: str, on: date | None
) -> dict[tuple[int, str], int]:
    """(person id, competency code) → level, on ``basis``, as it stood ``on`` a date."""
    levels: dict[tuple[int, str], int] = {}
    if basis == "validated":
        evidence = Evidence.objects.filter(
            validated_level__isnull=False, competency__framework__slug=framework.slug
        )
        if on is not None:
            evidence = evidence.filter(validated_at__date__lte=on)
        for person_id, code, level in evidence.values_list(
            "person_id", "competency__code", "validated_level"
        ):
            if level is not None:  # filtered out above; the column is nullable
                levels[(person_id, code)] = max(level, levels.get((person_id, code), 0))
        return levels
    items = SelfAssessmentItem.objects.filter(
        assessment__submitted_at__isnull=False,
        assessment__framework__slug=framework.slug,
    )
    if on is not None:
        items = items.filter(assessment__date__lte=on)
    for person_id, code, level in items.order_by(
        "assessment__date", "assessment__submitted_at", "assessment_id"
    ).values_list("assessment__person_id", "competency__code", "level"):
        levels[(person_id, code)] = level  # later assessments overwrite earlier ones
    return levels


def level_distribution(
    framework: Framework, grouping: str, on: date | None = None, basis: str = "self"
) -> Aggregate:
    """Each person's level per competency (latest self-assessed, or highest
    validated: ``basis``), counted per group.

    Groups with fewer than ``MIN_GROUP_SIZE`` people are left out (only their
    number is given); people with no group are left out too.
    """
    if grouping not in GROUPINGS:
        raise ValueError(grouping)
    if basis not in BASES:
        raise ValueError(basis)
    from tiltas.accounts.models import Country, Region

    latest = _levels_by_person(framework, basis, on)
    person_ids = {person_id for person_id, _code in latest}
    user_model = apps.get_model("accounts", "User")
    people = {
        row["pk"]: row
        for row in user_model.objects.filter(pk__in=person_ids).values(
            "pk",
            "country",
            "organisation_id",
            "organisation__name",
            "organisation__region",
            "organisation__country",
        )
    }
    labels = {**dict(Country.choices), **dict(Region.choices)}
    members: dict[str, set[int]] = defaultdict(set)
    group_labels: dict[str, str] = {}
    counts: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for (person_id, code), level in latest.items():
        key, label = _group_key(grouping, people[person_id])
        if not key:
            continue
        members[key].add(person_id)
        group_labels[key] = str(labels.get(label, label))
        counts[key][code][level] += 1
    groups = [
        AggregateGroup(
            key=key,
            label=group_labels[key],
            people=len(ids),
            distribution={code: dict(counter) for code, counter in counts[key].items()},
        )
        for key, ids in members.items()
        if len(ids) >= MIN_GROUP_SIZE
    ]
    groups.sort(key=lambda group: group.label)
    levels = sorted(framework.levels.values_list("number", flat=True))
    competencies = list(framework.competencies.order_by("area__order", "order", "code"))
    for group in groups:
        group.rows = [
            {
                "competency": c,
                "counts": [group.distribution.get(c.code, {}).get(n, 0) for n in levels],
            }
            for c in competencies
        ]
    return Aggregate(
        counted_at=timezone.now(),
        grouping=grouping,
        basis=basis,
        levels=levels,
        competencies=competencies,
        groups=groups,
        hidden_groups=sum(1 for ids in members.values() if len(ids) < MIN_GROUP_SIZE),
    )


#: The aggregates count every assessment of the framework (seconds with tens of
#: thousands of people): a count is kept this long and shown with its time.
AGGREGATE_CACHE_SECONDS = 300


def level_distribution_kept(framework: Framework, grouping: str, basis: str = "self") -> Aggregate:
    """:func:`level_distribution` as counted at most ``AGGREGATE_CACHE_SECONDS`` ago."""
    key = f"competencies:aggregate:{framework.pk}:{grouping}:{basis}"
    found = cache.get(key)
    if found is None:
        found = level_distribution(framework, grouping, basis=basis)
        cache.set(key, found, AGGREGATE_CACHE_SECONDS)
    return found


@dataclass
class LinkableCompetencies:
    """What another app may link to: the newest published framework's competencies."""

    framework: Framework | None
    competencies: list[Competency]
    levels: list[int]


def linkable_competencies() -> LinkableCompetencies:
    """The newest published framework, its competencies (with areas, in order) and its
    level numbers (1 to 4 when it defines none); learning links programmes to these."""
    framework = (
        Framework.objects.filter(status=FrameworkStatus.PUBLISHED)
        .order_by("-published_at", "-pk")
        .first()
    )
    if framework is None:
        return LinkableCompetencies(framework=None, competencies=[], levels=[1, 2, 3, 4])
    competencies = list(
        framework.competencies.select_related("area").order_by("area__order", "order", "code")
    )
    levels = sorted(framework.levels.values_list("number", flat=True)) or [1, 2, 3, 4]
    return LinkableCompetencies(framework=framework, competencies=competencies, levels=levels)
