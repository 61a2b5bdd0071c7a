"""The public catalogue, a programme's competencies, events and methodological materials."""

import hashlib
from collections.abc import Iterable
from typing import Any

from django.db.models import Count, QuerySet

from tiltas.accounts.models import User
from tiltas.competencies import selectors as competency_selectors
from tiltas.core.contributions import extension
from tiltas.core.public_cache import content_cached

from ..models import (
    Completion,
    Enrolment,
    Material,
    MaterialSet,
    Programme,
    ProgrammeCompetency,
    Status,
)


def programme_catalogue(*, activity: str = "") -> QuerySet[Programme]:
    programmes = Programme.objects.filter(status=Status.PUBLISHED).annotate(
        module_count=Count("modules", distinct=True)
    )
    if activity:
        programmes = programmes.filter(activity=activity)
    return programmes.order_by("activity", "title", "pk")


def catalogue_marks(person: User) -> dict[str, set[int]]:
    """What the catalogue marks for a signed-in person, as sets of programme ids:
    those recommended for the gaps to their target profile, those they are
    enrolled in (and not finished) and those they completed."""
    recommended = {r.programme.pk for r in competency_selectors.recommendations_for(person)}
    enrolled = set(Enrolment.objects.filter(person=person).values_list("programme_id", flat=True))
    completed = set(Completion.objects.filter(person=person).values_list("programme_id", flat=True))
    return {"recommended": recommended, "enrolled": enrolled - completed, "completed": completed}


def programmes_developing(competency_ids: Iterable[int]) -> dict[int, list[Programme]]:
    """Published programmes per competency id, for the competency profile's gaps:
    the same for everyone, kept until a programme changes. Each programme carries
    ``target_level``, the level it brings a learner to in that competency."""
    ids = sorted(set(competency_ids))
    if not ids:
        return {}
    name = "learning:developing:" + hashlib.sha256(repr(ids).encode()).hexdigest()[:16]
    return content_cached(name, lambda: _programmes_developing(ids), scopes=[Programme])


def competencies_taught_by(person_id: int) -> QuerySet[ProgrammeCompetency, int]:
    """The ids of the competencies the programmes ``person_id`` teaches develop,
    as a subquery: the evidence a trainer may review (the
    ``competencies.taught_by`` slot)."""
    return ProgrammeCompetency.objects.filter(programme__trainers=person_id).values_list(
        "competency_id", flat=True
    )


def _programmes_developing(ids: list[int]) -> dict[int, list[Programme]]:
    result: dict[int, list[Programme]] = {}
    links = (
        ProgrammeCompetency.objects.filter(
            competency_id__in=ids, programme__status=Status.PUBLISHED
        )
        .select_related("programme")
        .order_by("programme__title", "programme_id")
    )
    for link in links:
        # For the template: the level this programme develops (a column of the link, not of it).
        link.programme.target_level = link.target_level  # type: ignore[attr-defined]
        result.setdefault(link.competency_id, []).append(link.programme)
    return result


def programme_events(programme: Programme, *, limit: int = 5) -> list[Any]:
    """The programme's coming trainings, offered by the events app (a higher
    layer) through the ``learning.programme_events`` slot; none without it."""
    events = extension("learning.programme_events")
    return [] if events is None else events(programme=programme, limit=limit)


def programme_competencies(programme: Programme) -> list[ProgrammeCompetency]:
    return list(
        programme.programme_competencies.select_related("competency").order_by("competency__code")
    )


def material_set_for(programme: Programme, *, include_drafts: bool) -> MaterialSet | None:
    material_set = MaterialSet.objects.filter(programme=programme).first()
    if material_set is None:
        return None
    if material_set.status != Status.PUBLISHED and not include_drafts:
        return None
    # For the template: the set's materials that have a version (no model field).
    material_set.listed = list(  # type: ignore[attr-defined]
        material_set.materials.filter(current_version__isnull=False)
        .select_related("current_version")
        .order_by("order", "pk")
    )
    return material_set


def material_versions(material_set: MaterialSet) -> list[Material]:
    return list(
        material_set.materials.select_related("current_version")
        .prefetch_related("versions")
        .order_by("order", "pk")
    )
