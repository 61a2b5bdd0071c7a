"""Reads of the competency model, by topic: the published framework, a person's
profile and history, the evidence queue and the anonymised aggregates. Import
from here (``from tiltas.competencies import selectors``)."""

from .aggregates import (
    AGGREGATE_CACHE_SECONDS,
    BASES,
    GROUPINGS,
    MIN_GROUP_SIZE,
    Aggregate,
    AggregateGroup,
    level_distribution,
    level_distribution_kept,
)
from .framework import (
    LinkableCompetencies,
    framework_list,
    framework_published,
    framework_tree,
    linkable_competencies,
    profile_choice,
    target_levels,
    target_profiles,
)
from .profile import (
    FrameworkContent,
    HistoryEntry,
    ProfileRow,
    assessment_detail,
    assessment_history,
    evidence_of,
    evidence_queue,
    framework_content,
    latest_self_levels,
    profile_rows,
    programmes_developing,
    validated_levels,
)

__all__ = [
    "AGGREGATE_CACHE_SECONDS",
    "BASES",
    "GROUPINGS",
    "MIN_GROUP_SIZE",
    "Aggregate",
    "AggregateGroup",
    "FrameworkContent",
    "HistoryEntry",
    "LinkableCompetencies",
    "ProfileRow",
    "assessment_detail",
    "assessment_history",
    "evidence_of",
    "evidence_queue",
    "framework_content",
    "framework_list",
    "framework_published",
    "framework_tree",
    "latest_self_levels",
    "level_distribution",
    "level_distribution_kept",
    "linkable_competencies",
    "profile_choice",
    "profile_rows",
    "programmes_developing",
    "target_levels",
    "target_profiles",
    "validated_levels",
]
