"""Reads for donor reports: a period's figures (frozen in the monthly snapshots
for a past period, counted now otherwise), the narratives, the reports made."""

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from django.db.models import QuerySet
from django.utils import timezone

from tiltas.core.exports import CSV_TYPE, XLSX_TYPE
from tiltas.indicators.models import Activity, Counting, Indicator, Snapshot, Unit
from tiltas.indicators.selectors import (
    MONTH,
    IndicatorProgress,
    Status,
    framework_progress,
    snapshot_current,
    snapshot_progress,
)

from .models import Narrative, Report
from .periods import Period


@dataclass
class PeriodFigures:
    items: list[IndicatorProgress]
    #: The snapshots the figures were read from, one per month; empty when counted now.
    snapshots: list[Snapshot]
    counted_at: datetime

    @property
    def from_snapshots(self) -> bool:
        return bool(self.snapshots)


def is_past(period: Period) -> bool:
    """Whether every month of the period has ended (its figures can be frozen)."""
    return period.end < timezone.localdate().replace(day=1)


def months_without_snapshot(period: Period) -> list[date]:
    if not is_past(period):
        return []
    have = set(Snapshot.objects.filter(month__in=period.months()).values_list("month", flat=True))
    return [month for month in period.months() if month not in have]


def _summed(items: list[IndicatorProgress]) -> IndicatorProgress:
    """One indicator's months added up: what happened within the whole period."""
    last = items[-1]
    values = [item.value for item in items if item.value is not None]
    if not values:
        return last
    breakdown: dict[str, Counter[str]] = defaultdict(Counter)
    for item in items:
        for dimension, counts in item.breakdown.items():
            breakdown[dimension].update(counts)
    statuses = {item.status for item in items if item.value is not None}
    total = sum((Decimal(value) for value in values), Decimal(0))
    return IndicatorProgress(
        indicator=last.indicator,
        status=Status.MANUAL if Status.MANUAL in statuses else Status.COUNTED,
        value=int(total) if total == total.to_integral_value() else total,
        as_of=last.as_of,
        breakdown={dimension: dict(counts) for dimension, counts in breakdown.items()},
    )


#: Units that count distinct people: a person present in two months is one
#: person in the quarter, so their months cannot be added up.
DISTINCT_PEOPLE = frozenset({Unit.PARTICIPANTS, Unit.LOGINS})


def adds_up(indicator: Indicator) -> bool:
    """Whether an indicator's period figure is the sum of its months' figures."""
    return indicator.counting == Counting.WITHIN and indicator.unit not in DISTINCT_PEOPLE


def snapshots_figures(snapshots: list[Snapshot]) -> list[IndicatorProgress]:
    """Monthly snapshots combined into one period: a cumulative indicator as
    frozen at the last month's end, one counted within the period as the sum of
    its months. The indicators and targets are the last snapshot's. Distinct
    people (see :data:`DISTINCT_PEOPLE`) are left as the last month's figure
    here; :func:`period_figures` counts them over the whole period."""
    months = [
        {item.indicator.code: item for item in snapshot_progress(snapshot, MONTH)}
        for snapshot in snapshots
    ]
    result = []
    for code, last in months[-1].items():
        if adds_up(last.indicator):
            result.append(_summed([month[code] for month in months if code in month]))
        else:
            result.append(last)
    return result


def _distinct_people_counted(
    items: list[IndicatorProgress], period: Period
) -> list[IndicatorProgress]:
    """A several-month period's distinct-people figures counted over the whole
    period from the records (once each person), the rest as the snapshots froze
    them. The report's stored files keep the result."""
    recount = {
        item.indicator.code
        for item in items
        if item.indicator.counting == Counting.WITHIN and not adds_up(item.indicator)
    }
    if not recount or len(period.months()) == 1:
        return items
    counted = {
        item.indicator.code: item
        for item in framework_progress(start=period.start, end=period.end)
        if item.indicator.code in recount
    }
    return [counted.get(item.indicator.code, item) for item in items]


def period_figures(period: Period) -> PeriodFigures:
    """The figures a report for ``period`` shows: from the months' snapshots when
    the period is over and each month has one (a report never changes), else
    counted now."""
    if is_past(period):
        snapshots = [snapshot_current(month) for month in period.months()]
        if all(snapshots):
            found = [snapshot for snapshot in snapshots if snapshot is not None]
            return PeriodFigures(
                items=_distinct_people_counted(snapshots_figures(found), period),
                snapshots=found,
                counted_at=max(snapshot.made_at for snapshot in found),
            )
    return PeriodFigures(
        items=framework_progress(start=period.start, end=period.end),
        snapshots=[],
        counted_at=timezone.now(),
    )


def narratives_of(period: Period) -> QuerySet[Narrative]:
    return Narrative.objects.filter(start=period.start, end=period.end).select_related("activity")


def narrative_texts(period: Period, language: str) -> dict[int, str]:
    """Activity id → the period's narrative in ``language``."""
    return dict(narratives_of(period).filter(language=language).values_list("activity_id", "text"))


def activities() -> QuerySet[Activity]:
    return Activity.objects.select_related("objective").order_by("objective__order", "code")


def report_list() -> QuerySet[Report]:
    return Report.objects.select_related("requested_by").order_by("-requested_at", "-id")


#: A report's files by format, and what each is.
CONTENT_TYPES = {"pdf": "application/pdf", "xlsx": XLSX_TYPE, "csv": CSV_TYPE}


def report_filename(report: Report, file_format: str) -> str:
    return f"tiltas-report-{Period(report.start, report.end).slug}-{report.language}.{file_format}"
