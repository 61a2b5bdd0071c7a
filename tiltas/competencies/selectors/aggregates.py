"""Anonymised aggregates for coordinators: levels counted per organisation, region or country."""

from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.core.cache import cache
from django.utils import timezone

from tiltas.accounts.models import Country, Region, User
from tiltas.core.disclosure import is_small

from ..models import (
    Competency,
    Evidence,
    Framework,
    SelfAssessmentItem,
)

GROUPINGS = ("organisation", "region", "country")


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

    Small groups (``tiltas.core.disclosure.is_small``) are left out (only their
    number is given); people with no group are left out too.
    """
    if grouping not in GROUPINGS:
        raise ValueError(grouping)
    if basis not in BASES:
        raise ValueError(basis)
    latest = _levels_by_person(framework, basis, on)
    person_ids = {person_id for person_id, _code in latest}
    user_model = User
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
    counts: dict[str, dict[str, Counter[int]]] = defaultdict(lambda: defaultdict(Counter))
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
        if not is_small(len(ids))
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
        hidden_groups=sum(1 for ids in members.values() if is_small(len(ids))),
    )


#: The aggregates count every assessment of the framework (seconds with tens of
#: thousands of people): a count is kept this long and shown with its time.
AGGREGATE_CACHE_SECONDS = 300


def level_distribution_kept(framework: Framework, grouping: str, basis: str = "self") -> Aggregate:
    """:func:`level_distribution` as counted at most ``AGGREGATE_CACHE_SECONDS`` ago."""
    key = f"competencies:aggregate:{framework.pk}:{grouping}:{basis}"
    found: Aggregate | None = cache.get(key)
    if found is None:
        found = level_distribution(framework, grouping, basis=basis)
        cache.set(key, found, AGGREGATE_CACHE_SECONDS)
    return found
