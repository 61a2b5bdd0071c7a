"""The results framework: every indicator's target and what the platform counted."""

from datetime import date
from decimal import Decimal

from django.http import HttpRequest
from ninja import Router, Schema

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
    status: str
    value: Decimal | None
    percentage: Decimal | None
    as_of: date | None
    breakdown: dict[str, dict[str, int]]

    @staticmethod
    def resolve_code(progress: IndicatorProgress) -> str:
        return progress.indicator.code

    @staticmethod
    def resolve_activity(progress: IndicatorProgress) -> str:
        return progress.indicator.activity.code

    @staticmethod
    def resolve_name(progress: IndicatorProgress) -> str:
        return progress.indicator.name

    @staticmethod
    def resolve_unit(progress: IndicatorProgress) -> str:
        return progress.indicator.unit

    @staticmethod
    def resolve_baseline(progress: IndicatorProgress) -> Decimal:
        return progress.indicator.baseline

    @staticmethod
    def resolve_target(progress: IndicatorProgress) -> Decimal:
        return progress.indicator.target


@router.get("/indicators", response=list[IndicatorOut], url_name="indicators")
def indicators(request: HttpRequest) -> object:
    """Every indicator of the project with its value to date: counted from the
    platform's records, or recorded by a coordinator with evidence, or not
    counted yet (``value`` null, never zero)."""
    return selectors.framework_progress()
