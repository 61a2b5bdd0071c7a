"""Donor exports of the results framework as CSV and XLSX."""

import csv
import io
from collections.abc import Iterable

from django.utils.translation import gettext as _
from openpyxl import Workbook

from .display import plain_number, status_label
from .selectors import IndicatorProgress

# A spreadsheet runs cells that start with these as formulas (CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> object:
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


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
    ]


def rows(progress: Iterable[IndicatorProgress]) -> list[list[object]]:
    result: list[list[object]] = []
    for item in progress:
        indicator = item.indicator
        result.append(
            [
                neutralise(indicator.code),
                neutralise(f"{indicator.activity.code} {indicator.activity.title}"),
                neutralise(indicator.name),
                neutralise(indicator.get_unit_display()),
                plain_number(indicator.baseline),
                plain_number(indicator.target),
                plain_number(item.value),
                plain_number(item.percentage),
                neutralise(status_label(item)),
                item.as_of.isoformat() if item.as_of else "",
            ]
        )
    return result


def as_csv(progress: Iterable[IndicatorProgress]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header())
    for row in rows(progress):
        writer.writerow(["" if cell is None else cell for cell in row])
    return buffer.getvalue()


def as_xlsx(progress: Iterable[IndicatorProgress]) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Results")[:31]
    sheet.append(header())
    for row in rows(progress):
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
