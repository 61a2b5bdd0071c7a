"""The results framework: every indicator's target, how it is counted and what
the platform counted, as the public results page shows it."""

from datetime import date, datetime
from decimal import Decimal

from django.http import HttpRequest
from ninja import Router, Schema

from tiltas.core.disclosure import suppress_small
from tiltas.indicators import selectors
from tiltas.indicators.selectors import IndicatorProgress

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
