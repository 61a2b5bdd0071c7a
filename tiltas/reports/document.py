"""What a donor report says, in the language it is drawn in: the period's
figures arranged by objective and activity, each indicator's target, value,
share of the target, breakdowns (small groups as "< 5": the report leaves the
platform) and counting rule, the narratives and the evidence. The PDF, the
XLSX and the CSV are drawn from this one content."""

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from django.utils.translation import gettext as _

from tiltas.evidence.selectors import EvidenceItem, evidence_items
from tiltas.indicators.display import breakdown_tables, plain_number, status_label
from tiltas.indicators.models import Activity, Objective
from tiltas.indicators.selectors import IndicatorProgress, framework_tree

from .periods import Period
from .selectors import PeriodFigures, narrative_texts


@dataclass
class IndicatorRow:
    code: str
    name: str
    unit: str
    counting: str
    counting_rule: str
    baseline: int | Decimal | None
    target: int | Decimal | None
    value: int | Decimal | None
    percentage: Decimal | None
    status: str
    breakdowns: list[dict]

    @property
    def share(self) -> float | None:
        """The share of the target as a fraction, for a spreadsheet's % format."""
        return None if self.percentage is None else float(self.percentage) / 100


@dataclass
class ActivitySection:
    activity: Activity
    rows: list[IndicatorRow]
    narrative: str


@dataclass
class ObjectiveSection:
    objective: Objective
    activities: list[ActivitySection] = field(default_factory=list)

    @property
    def rows(self) -> list[IndicatorRow]:
        return [row for section in self.activities for row in section.rows]


@dataclass
class ReportContent:
    period: Period
    language: str
    objectives: list[ObjectiveSection]
    evidence: list[EvidenceItem]
    from_snapshots: bool
    counted_at: datetime

    @property
    def rows(self) -> list[IndicatorRow]:
        return [row for objective in self.objectives for row in objective.rows]


def _row(item: IndicatorProgress) -> IndicatorRow:
    indicator = item.indicator
    return IndicatorRow(
        code=indicator.code,
        name=indicator.name,
        unit=str(indicator.get_unit_display()),
        counting=str(indicator.get_counting_display()),
        counting_rule=indicator.counting_rule,
        baseline=plain_number(indicator.baseline),
        target=plain_number(indicator.target),
        value=plain_number(item.value),
        percentage=item.percentage,
        status=status_label(item),
        # The donor's copy: small groups are never shown as a number.
        breakdowns=breakdown_tables(item, exact=False),
    )


def report_content(period: Period, language: str, figures: PeriodFigures) -> ReportContent:
    """Call inside ``translation.override(language)``: labels and the
    framework's translated texts are read in the active language."""
    narratives = narrative_texts(period, language)
    objectives = [
        ObjectiveSection(
            objective=branch.objective,
            activities=[
                ActivitySection(
                    activity=leaf.activity,
                    rows=[_row(item) for item in leaf.items],
                    narrative=narratives.get(leaf.activity.pk, ""),
                )
                for leaf in branch.activities
            ],
        )
        for branch in framework_tree(figures.items)
    ]
    return ReportContent(
        period=period,
        language=language,
        objectives=objectives,
        evidence=evidence_items(period.start, period.end),
        from_snapshots=figures.from_snapshots,
        counted_at=figures.counted_at,
    )


def summary_header() -> list[str]:
    return [
        _("Indicator code"),
        _("Indicator"),
        _("Unit"),
        _("Baseline"),
        _("Target"),
        _("Achieved"),
        _("Percentage of target"),
        _("Status"),
        _("Counting"),
    ]
