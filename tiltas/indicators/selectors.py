"""Reads of the results framework and its live progress."""

import calendar
import logging
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from django.core.cache import cache
from django.db.models import OuterRef, Prefetch, Q, QuerySet, Subquery
from django.utils import timezone

from tiltas.core import public_cache
from tiltas.core.platform import Measurement

from .models import Activity, Counting, Goal, Indicator, ManualValue, Objective, Snapshot
from .registry import measure

logger = logging.getLogger(__name__)


class Status:
    #: The platform counted it from its own records.
    COUNTED = "counted"
    #: A coordinator recorded it with evidence.
    MANUAL = "manual"
    #: Nobody counts it yet: shown as such, never as zero.
    NOT_COUNTED = "not_counted"
    #: A counter exists but failed just now (logged); shown as not counted.
    UNAVAILABLE = "unavailable"


@dataclass
class IndicatorProgress:
    indicator: Indicator
    status: str
    value: int | Decimal | None = None
    as_of: date | None = None
    breakdown: dict[str, dict[str, int]] = field(default_factory=dict)
    #: The latest manual value (with its evidence) when that is what is shown.
    manual: ManualValue | None = None
    #: What the platform counted, kept alongside when a manual value overrides it.
    counted_value: int | Decimal | None = None

    @property
    def has_value(self) -> bool:
        return self.value is not None

    @property
    def percentage(self) -> Decimal | None:
        """Share of the target reached (not capped: a target can be exceeded)."""
        if self.value is None or not self.indicator.target:
            return None
        return (Decimal(self.value) * 100 / self.indicator.target).quantize(Decimal("0.1"))

    @property
    def meter_value(self) -> Decimal | None:
        """The value for a ``<meter>``, which cannot go past its maximum."""
        if self.value is None:
            return None
        return min(Decimal(self.value), self.indicator.target)


def goal_get() -> Goal | None:
    return Goal.objects.first()


def objective_list() -> QuerySet[Objective]:
    """Objectives in order, each with its activities prefetched (two queries)."""
    return Objective.objects.order_by("order", "code").prefetch_related(
        Prefetch("activities", queryset=Activity.objects.order_by("code"))
    )


def objective_list_with_targets() -> QuerySet[Objective]:
    """Objectives → activities → indicators (for their targets), in three queries;
    no counter runs, so this is cheap enough for the home page."""
    indicators = Indicator.objects.order_by("order", "code")
    activities = Activity.objects.order_by("code").prefetch_related(
        Prefetch("indicators", queryset=indicators)
    )
    return Objective.objects.order_by("order", "code").prefetch_related(
        Prefetch("activities", queryset=activities)
    )


def activity_list() -> QuerySet[Activity]:
    return Activity.objects.select_related("objective").order_by("code")


def manual_value_list(*, indicator: Indicator) -> QuerySet[ManualValue]:
    return indicator.manual_values.select_related("recorded_by").order_by(
        "-as_of", "-recorded_at", "-id"
    )


def _manual_values_in(start: date | None, end: date | None) -> QuerySet[ManualValue]:
    values = ManualValue.objects.all()
    if start is not None:
        # A cumulative indicator's value recorded before the period still stands.
        values = values.filter(Q(as_of__gte=start) | Q(indicator__counting=Counting.CUMULATIVE))
    if end is not None:
        values = values.filter(as_of__lte=end)
    return values.order_by("-as_of", "-recorded_at", "-id")


def _measure(indicator: Indicator, start: date | None, end: date | None) -> Measurement | str:
    if not indicator.source:
        return Status.NOT_COUNTED
    if indicator.counting == Counting.CUMULATIVE:
        # Everything up to the period's end counts, whenever it happened.
        start = None
    try:
        measurement = measure(indicator.source, indicator.source_params, start=start, end=end)
    except Exception:
        # One app's broken counter must not take the public pages down with it.
        logger.exception("Counter %s failed for indicator %s", indicator.source, indicator.code)
        return Status.UNAVAILABLE
    return Status.NOT_COUNTED if measurement is None else measurement


def _progress(
    indicator: Indicator,
    manual: ManualValue | None,
    start: date | None,
    end: date | None,
) -> IndicatorProgress:
    counted = _measure(indicator, start, end)
    counted_value = counted.value if isinstance(counted, Measurement) else None
    if manual is not None:
        # A recorded value carries evidence the platform cannot see, so it is
        # what we report; the platform's own count is kept for comparison.
        return IndicatorProgress(
            indicator=indicator,
            status=Status.MANUAL,
            value=manual.value,
            as_of=manual.as_of,
            manual=manual,
            counted_value=counted_value,
        )
    if isinstance(counted, Measurement):
        return IndicatorProgress(
            indicator=indicator,
            status=Status.COUNTED,
            value=counted.value,
            as_of=end or timezone.localdate(),
            breakdown=counted.breakdown,
            counted_value=counted.value,
        )
    return IndicatorProgress(indicator=indicator, status=counted)


def indicator_progress(
    indicator: Indicator, *, start: date | None = None, end: date | None = None
) -> IndicatorProgress:
    manual = None
    if indicator.manual_allowed:
        manual = _manual_values_in(start, end).filter(indicator=indicator).first()
    return _progress(indicator, manual, start, end)


def framework_progress(
    *,
    start: date | None = None,
    end: date | None = None,
    activity: Activity | None = None,
    manual_only: bool = False,
) -> list[IndicatorProgress]:
    """Progress of every indicator (or one activity's, or those that allow manual
    values) in a fixed number of queries: the indicators with their latest manual
    value's id, then those values. Only the chosen indicators' counters run."""
    latest = _manual_values_in(start, end).filter(indicator=OuterRef("pk")).values("pk")[:1]
    indicators = Indicator.objects.select_related("activity__objective").annotate(
        latest_manual_id=Subquery(latest)
    )
    if activity is not None:
        indicators = indicators.filter(activity=activity)
    if manual_only:
        indicators = indicators.filter(manual_allowed=True)
    rows = list(indicators.order_by("activity__code", "order", "code"))
    wanted = [row.latest_manual_id for row in rows if row.manual_allowed and row.latest_manual_id]
    manual_by_id = ManualValue.objects.in_bulk(wanted) if wanted else {}
    return [_progress(row, manual_by_id.get(row.latest_manual_id), start, end) for row in rows]


def progress_by_activity(
    progress: Iterable[IndicatorProgress],
) -> dict[int, list[IndicatorProgress]]:
    grouped: dict[int, list[IndicatorProgress]] = defaultdict(list)
    for item in progress:
        grouped[item.indicator.activity_id].append(item)
    return dict(grouped)


@dataclass
class ActivityProgress:
    activity: Activity
    items: list[IndicatorProgress]


@dataclass
class ObjectiveProgress:
    objective: Objective
    activities: list[ActivityProgress]


def framework_tree(progress: Iterable[IndicatorProgress]) -> list[ObjectiveProgress]:
    """Objectives → activities → their indicators' progress, in the framework's order."""
    grouped = progress_by_activity(progress)
    return [
        ObjectiveProgress(
            objective=objective,
            activities=[
                ActivityProgress(activity=activity, items=grouped.get(activity.pk, []))
                for activity in objective.activities.all()
            ],
        )
        for objective in objective_list()
    ]


# Counted a while ago: the dashboard's figures and the monthly snapshots

#: The dashboard's figures for the project so far are counted at most this often
#: (every counter runs for them); the page says how long ago. A manual value or a
#: change to the framework counts them again at once.
PROGRESS_KEEP_SECONDS = 15 * 60


@dataclass
class Progress:
    """Every indicator's progress, and when and how it was counted."""

    items: list[IndicatorProgress]
    counted_at: datetime
    #: Set when the figures are a snapshot's, frozen for a past period.
    snapshot: Snapshot | None = None

    @property
    def just_now(self) -> bool:
        return timezone.now() - self.counted_at < timedelta(minutes=1)


def progress_kept() -> Progress:
    """The project so far, as counted at most ``PROGRESS_KEEP_SECONDS`` ago (only
    with a cache all workers share; otherwise counted now)."""
    if not public_cache.enabled():
        return Progress(items=framework_progress(), counted_at=timezone.now())
    key = public_cache.versioned_key("indicators.progress", ["results"])
    found: Progress | None = cache.get(key)
    if found is None:
        found = Progress(items=framework_progress(), counted_at=timezone.now())
        cache.set(key, found, PROGRESS_KEEP_SECONDS)
    return found


def month_bounds(month: date) -> tuple[date, date]:
    """The first and last day of the month ``month`` falls in."""
    first = month.replace(day=1)
    return first, first.replace(day=calendar.monthrange(first.year, first.month)[1])


def _text(value: int | Decimal | None) -> str | None:
    return None if value is None else str(value)


def _number(text: str | None) -> int | Decimal | None:
    if text is None:
        return None
    value = Decimal(text)
    return int(value) if value == value.to_integral_value() else value


def _figure(item: IndicatorProgress) -> dict[str, Any]:
    return {
        "status": item.status,
        "value": _text(item.value),
        "as_of": item.as_of.isoformat() if item.as_of else None,
        "breakdown": item.breakdown,
    }


def snapshot_figures(month: date) -> list[dict[str, Any]]:
    """Every indicator counted now for ``month`` and for the project up to its
    end, with the target it is measured against, as a snapshot keeps them."""
    first, last = month_bounds(month)
    in_month = {item.indicator.pk: item for item in framework_progress(start=first, end=last)}
    return [
        {
            "code": item.indicator.code,
            "target": _text(item.indicator.target),
            "baseline": _text(item.indicator.baseline),
            "counting": item.indicator.counting,
            "month": _figure(in_month[item.indicator.pk]),
            "to_date": _figure(item),
        }
        for item in framework_progress(end=last)
    ]


#: What a snapshot holds for each indicator: the month's figures, or the project's up to its end.
MONTH = "month"
TO_DATE = "to_date"


def snapshot_progress(snapshot: Snapshot, scope: str) -> list[IndicatorProgress]:
    """A snapshot's figures as progress (``scope`` MONTH or TO_DATE), measured
    against the targets it kept; indicators removed since are left out."""
    indicators = Indicator.objects.select_related("activity__objective").in_bulk(
        [entry["code"] for entry in snapshot.figures], field_name="code"
    )
    result = []
    for entry in snapshot.figures:
        indicator = indicators.get(entry["code"])
        if indicator is None:
            continue
        indicator.target = Decimal(entry["target"])
        indicator.baseline = Decimal(entry["baseline"])
        indicator.counting = entry["counting"]
        figure = entry[scope]
        value = _number(figure["value"])
        result.append(
            IndicatorProgress(
                indicator=indicator,
                status=figure["status"],
                value=value,
                as_of=date.fromisoformat(figure["as_of"]) if figure["as_of"] else None,
                breakdown=figure["breakdown"],
                counted_value=value if figure["status"] == Status.COUNTED else None,
            )
        )
    return result


def snapshot_list() -> QuerySet[Snapshot]:
    """Every snapshot, corrected ones too, newest month first, with who made it
    and what corrected it."""
    return Snapshot.objects.select_related("made_by", "corrects", "correction").order_by(
        "-month", "-made_at", "-id"
    )


def snapshot_current(month: date) -> Snapshot | None:
    """The month's snapshot as last corrected, or None."""
    return (
        Snapshot.objects.filter(month=month_bounds(month)[0], correction__isnull=True)
        .order_by("-made_at", "-id")
        .first()
    )


def period_snapshot(start: date | None, end: date | None) -> tuple[Snapshot, str] | None:
    """The snapshot that holds a period, with the part of it that does: a whole
    past month (MONTH), or the project up to a past month's end (TO_DATE)."""
    if end is None or end >= timezone.localdate():
        return None
    first, last = month_bounds(end)
    if end != last or start not in (None, first):
        return None
    snapshot = snapshot_current(first)
    if snapshot is None:
        return None
    return snapshot, MONTH if start else TO_DATE


def report_progress(*, start: date | None = None, end: date | None = None) -> Progress:
    """A period's progress for a report: frozen in a snapshot when one holds the
    period (so a report for it never changes), else counted now."""
    found = period_snapshot(start, end)
    if found is None:
        return Progress(items=framework_progress(start=start, end=end), counted_at=timezone.now())
    snapshot, scope = found
    return Progress(
        items=snapshot_progress(snapshot, scope), counted_at=snapshot.made_at, snapshot=snapshot
    )


def period_progress(*, start: date | None = None, end: date | None = None) -> Progress:
    """What the dashboard shows: the project so far as kept a while
    (:func:`progress_kept`), or a period as a report has it."""
    if start is None and end is None:
        return progress_kept()
    return report_progress(start=start, end=end)
