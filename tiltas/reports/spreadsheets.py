"""A donor report as a formatted workbook (one sheet per objective, bold
headers, number formats, frozen panes, widths, the counting rules) and as CSV.
Text cells pass through ``neutralise``: nothing in them runs as a formula."""

import io

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from tiltas.core.exports import csv_bytes, neutralise

from .document import IndicatorRow, ReportContent, summary_header

NUMBER_FORMAT = "#,##0.##"
PERCENT_FORMAT = "0.0%"
#: Column widths of an objective's sheet, in characters.
WIDTHS = [16, 48, 16, 11, 11, 11, 13, 22, 30, 60]
BOLD = Font(bold=True)


def _values(row: IndicatorRow) -> list[object]:
    return [
        row.code,
        row.name,
        row.unit,
        row.baseline,
        row.target,
        row.value,
        row.share,
        row.status,
        row.counting,
        row.counting_rule,
    ]


def _header(sheet: Worksheet, cells: list[str], widths: list[int]) -> None:
    sheet.append([neutralise(cell) for cell in cells])
    for cell in sheet[1]:
        cell.font = BOLD
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for index, width in enumerate(widths):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    sheet.freeze_panes = "C2"  # the header and each indicator's code and name stay


def _objective_sheet(sheet: Worksheet, rows: list[IndicatorRow]) -> None:
    _header(sheet, [*summary_header(), _("Counting rule")], WIDTHS)
    for row in rows:
        sheet.append([neutralise(value) for value in _values(row)])
        line = sheet.max_row
        for column in "DEF":
            sheet[f"{column}{line}"].number_format = NUMBER_FORMAT
        sheet[f"G{line}"].number_format = PERCENT_FORMAT
        sheet[f"J{line}"].alignment = Alignment(wrap_text=True, vertical="top")


def report_xlsx(content: ReportContent) -> bytes:
    workbook = Workbook()
    workbook.remove(workbook.active)
    for section in content.objectives:
        title = _("Objective %(code)s") % {"code": section.objective.code}
        _objective_sheet(workbook.create_sheet(title[:31]), section.rows)
    breakdowns = workbook.create_sheet(_("Breakdowns")[:31])
    _header(
        breakdowns, [_("Indicator code"), _("Breakdown"), _("Group"), _("Count")], [16, 28, 36, 10]
    )
    for row in content.rows:
        for table in row.breakdowns:
            for group in table["rows"]:
                breakdowns.append(
                    [row.code, str(table["title"]), neutralise(group["label"]), group["count"]]
                )
    rules = workbook.create_sheet(_("Counting rules")[:31])
    _header(
        rules,
        [_("Indicator code"), _("Indicator"), _("Counting"), _("Counting rule")],
        [16, 48, 30, 80],
    )
    for row in content.rows:
        rules.append(
            [neutralise(value) for value in (row.code, row.name, row.counting, row.counting_rule)]
        )
        rules[f"D{rules.max_row}"].alignment = Alignment(wrap_text=True, vertical="top")
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def report_csv(content: ReportContent) -> bytes:
    header = [_("Objective"), _("Activity"), *summary_header(), _("Counting rule")]
    rows = [
        [
            section.objective.code,
            activity.activity.code,
            row.code,
            row.name,
            row.unit,
            row.baseline,
            row.target,
            row.value,
            row.percentage,
            row.status,
            row.counting,
            row.counting_rule,
        ]
        for section in content.objectives
        for activity in section.activities
        for row in activity.rows
    ]
    return csv_bytes(header, rows)
