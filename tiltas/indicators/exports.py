"""Donor exports of the results framework as CSV and XLSX."""

from collections.abc import Iterable

from django.http import HttpResponse
from django.utils.translation import gettext as _

from tiltas.core.exports import csv_response, xlsx_workbook_response

from .display import breakdown_rows, plain_number, status_label
from .selectors import IndicatorProgress


def header() -> list[str]:
    return [
        _("Indicator code"),
        _("Activity"),
        _("Indicator"),
        _("Unit"),
        _("Baseline"),
        _("Target"),
        _("Value"),
        _("Percentage of target"),
        _("Status"),
        _("As of"),
        _("Counting"),
        _("Counting rule"),
    ]


def rows(progress: Iterable[IndicatorProgress]) -> list[list[object]]:
    result: list[list[object]] = []
    for item in progress:
        indicator = item.indicator
        result.append(
            [
                indicator.code,
                f"{indicator.activity.code} {indicator.activity.title}",
                indicator.name,
                indicator.get_unit_display(),
                plain_number(indicator.baseline),
                plain_number(indicator.target),
                plain_number(item.value),
                plain_number(item.percentage),
                status_label(item),
                item.as_of.isoformat() if item.as_of else "",
                indicator.get_counting_display(),
                indicator.counting_rule,
            ]
        )
    return result


def counting_rules(progress: Iterable[IndicatorProgress]) -> list[list[object]]:
    return [
        [
            item.indicator.code,
            item.indicator.name,
            item.indicator.get_counting_display(),
            item.indicator.counting_rule,
        ]
        for item in progress
    ]


def results_csv(progress: Iterable[IndicatorProgress], *, filename: str) -> HttpResponse:
    return csv_response(filename, header(), rows(progress))


def results_xlsx(
    progress: Iterable[IndicatorProgress], *, filename: str, exact: bool = False
) -> HttpResponse:
    """The results, their breakdowns (small groups as "< 5" unless ``exact``, for
    coordinators) and the counting rules, one sheet each."""
    progress = list(progress)
    rules_header = [_("Indicator code"), _("Indicator"), _("Counting"), _("Counting rule")]
    breakdown_header = [_("Indicator code"), _("Breakdown"), _("Group"), _("Count")]
    return xlsx_workbook_response(
        filename,
        [
            (_("Results"), header(), rows(progress)),
            (_("Breakdowns"), breakdown_header, breakdown_rows(progress, exact=exact)),
            (_("Counting rules"), rules_header, counting_rules(progress)),
        ],
    )
