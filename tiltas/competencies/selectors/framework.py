"""The published framework, its tree, target profiles and what other apps link to."""

from dataclasses import dataclass

from django.db.models import Prefetch, QuerySet

from tiltas.accounts.models import User

from ..models import (
    Area,
    Competency,
    Framework,
    FrameworkStatus,
    ProfileChoice,
    TargetLevel,
    TargetProfile,
)


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


def profile_choice(person: User) -> TargetProfile | None:
    choice = ProfileChoice.objects.filter(person=person).select_related("profile").first()
    return choice.profile if choice else None


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
