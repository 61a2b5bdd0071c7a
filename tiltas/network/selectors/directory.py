"""Reads of the network: the directory of organisations and their pages."""

from typing import Any

from django.db.models import Count, QuerySet

from tiltas.accounts.models import Organisation, User, Visitor
from tiltas.core.contributions import extension
from tiltas.events.models import Attendance, Event, EventStatus

from ..models import Cluster
from ..permissions.clusters import clusters_visible_to


def organisations_directory(
    *, country: str = "", region: str = "", type: str = ""
) -> QuerySet[Organisation]:
    """Every organisation, narrowed by the filters given (count a page of them
    with :func:`people_counted`)."""
    rows = Organisation.objects.all()
    if country:
        rows = rows.filter(country=country)
    if region:
        rows = rows.filter(region=region)
    if type:
        rows = rows.filter(type=type)
    return rows.order_by("name", "pk")


def people_counted(organisations: list[Organisation]) -> list[Organisation]:
    """The organisations shown, each with ``people_count``, its active people:
    one query for the page, not a count over every organisation."""
    counts = dict(
        User.objects.filter(is_active=True, organisation__in=organisations)
        .values("organisation")
        .annotate(n=Count("pk"))
        .values_list("organisation", "n")
    )
    for organisation in organisations:
        organisation.people_count = counts.get(organisation.pk, 0)  # type: ignore[attr-defined]
    return organisations


def organisation_clusters(viewer: Visitor, organisation: Organisation) -> QuerySet[Cluster]:
    """The clusters the organisation takes part in that ``viewer`` may see."""
    return (
        clusters_visible_to(viewer)
        .filter(organisations__organisation=organisation)
        .order_by("name", "pk")
    )


def organisation_events(organisation: Organisation, *, limit: int = 20) -> list[Event]:
    """Published events someone from the organisation attended, latest first."""
    attended = Attendance.objects.filter(registration__person__organisation=organisation)
    return list(
        Event.objects.filter(
            status=EventStatus.PUBLISHED, pk__in=attended.values("registration__event_id")
        ).order_by("-starts_at", "pk")[:limit]
    )


def organisation_measures(organisation: Organisation) -> list[Any]:
    """The anti-corruption measures the organisation adopted, offered by the
    integrity app (a higher layer) through the ``network.organisation_measures``
    slot; none without it."""
    measures = extension("network.organisation_measures")
    return [] if measures is None else measures(organisation=organisation)
