"""The results framework: every indicator's target, how it is counted and what
the platform counted, as the public results page shows it."""

from datetime import date, datetime
from decimal import Decimal

from django.http import HttpRequest
from ninja import Router, Schema
from ninja.pagination import paginate

from tiltas.core.access import get_or_404
from tiltas.core.disclosure import suppress_small
from tiltas.indicators import selectors
from tiltas.indicators.models import Snapshot
from tiltas.indicators.selectors import MONTH, TO_DATE, IndicatorProgress

from ..pagination import Page

router = Router(tags=["results"])


class IndicatorOut(Schema):
    code: str
    activity: str
    name: str
    unit: str
    baseline: Decimal
    target: Decimal
    counting: str
    counting_rule: str
    status: str
    value: Decimal | None
    percentage: Decimal | None
    as_of: date | None
    breakdown: dict[str, dict[str, int | str]]


def _row(progress: IndicatorProgress) -> dict[str, object]:
    indicator = progress.indicator
    return {
        "code": indicator.code,
        "activity": indicator.activity.code,
        "name": indicator.name,
        "unit": indicator.unit,
        "baseline": indicator.baseline,
        "target": indicator.target,
        "counting": indicator.counting,
        "counting_rule": indicator.counting_rule,
        "status": progress.status,
        "value": progress.value,
        "percentage": progress.percentage,
        "as_of": progress.as_of,
        # Groups of fewer than five people are "< 5" in public, as on the site.
        "breakdown": {
            dimension: {group: suppress_small(count) for group, count in counts.items()}
            for dimension, counts in progress.breakdown.items()
        },
    }


class ResultsOut(Schema):
    counted_at: datetime
    indicators: list[IndicatorOut]


@router.get("/indicators", response=ResultsOut, url_name="indicators")
def indicators(request: HttpRequest) -> dict[str, object]:
    """Every indicator of the project with its value to date: counted from the
    platform's records, or recorded by a coordinator with evidence, or not
    counted yet (``value`` null, never zero). The figures are counted at most
    every 15 minutes; ``counted_at`` says when."""
    kept = selectors.progress_kept()
    return {"counted_at": kept.counted_at, "indicators": [_row(item) for item in kept.items]}


class SnapshotOut(Schema):
    id: int
    month: date
    made_at: datetime
    corrects: int | None
    corrected_by: int | None
    reason: str

    @staticmethod
    def resolve_corrects(snapshot: Snapshot) -> int | None:
        return snapshot.corrects_id

    @staticmethod
    def resolve_corrected_by(snapshot: Snapshot) -> int | None:
        correction = getattr(snapshot, "correction", None)
        return correction.pk if correction else None


class SnapshotDetailOut(SnapshotOut):
    month_figures: list[IndicatorOut]
    to_date: list[IndicatorOut]

    @staticmethod
    def resolve_month_figures(snapshot: Snapshot) -> list[dict[str, object]]:
        return [_row(item) for item in selectors.snapshot_progress(snapshot, MONTH)]

    @staticmethod
    def resolve_to_date(snapshot: Snapshot) -> list[dict[str, object]]:
        return [_row(item) for item in selectors.snapshot_progress(snapshot, TO_DATE)]


@router.get("/snapshots", response=list[SnapshotOut], url_name="snapshots")
@paginate(Page)
def snapshots(request: HttpRequest) -> object:
    """The monthly snapshots, newest month first: each freezes every indicator
    for its month and for the project up to the month's end. A correction is a
    new snapshot with its reason; the one it corrects stays listed."""
    return selectors.snapshot_list()


@router.get("/snapshots/{snapshot_id}", response=SnapshotDetailOut, url_name="snapshot")
def snapshot(request: HttpRequest, snapshot_id: int) -> Snapshot:
    """One snapshot's figures for its month and for the project to its end,
    measured against the targets it kept."""
    return get_or_404(selectors.snapshot_list(), pk=snapshot_id)
