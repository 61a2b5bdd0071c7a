"""Spreadsheet downloads (CSV, XLSX) whose cells cannot run as formulas."""

import csv
import io
import re
from collections.abc import Iterable, Sequence

from django.http import HttpResponse
from openpyxl import Workbook

from tiltas.core.uploads import attachment_response

#: A spreadsheet runs a cell that starts with one of these as a formula.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# A plain negative number is data, not a formula: leave it a number.
PLAIN_NUMBER = re.compile(r"-\d+([.,]\d+)?")
CSV_TYPE = "text/csv; charset=utf-8"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

Row = Sequence[object]


def neutralise(value: object) -> object:
    """Make a text cell inert in spreadsheets (OWASP CSV injection); other values pass."""
    if (
        isinstance(value, str)
        and value.startswith(FORMULA_PREFIXES)
        and not PLAIN_NUMBER.fullmatch(value)
    ):
        return "'" + value
    return value


def csv_bytes(header: Row, rows: Iterable[Row]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([neutralise(cell) for cell in header])
    for row in rows:
        writer.writerow([neutralise(cell) for cell in row])
    # A byte-order mark makes spreadsheet programs read the file as UTF-8 (ą, ø …).
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


#: One sheet of a workbook: its title, header and rows.
Sheet = tuple[str, Row, Iterable[Row]]


def xlsx_workbook_bytes(sheets: Sequence[Sheet]) -> bytes:
    """A workbook with one sheet per entry, in order."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for sheet_title, header, rows in sheets:
        sheet = workbook.create_sheet(sheet_title[:31])  # the format's limit
        sheet.append([neutralise(cell) for cell in header])
        for row in rows:
            sheet.append([neutralise(cell) for cell in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def xlsx_bytes(sheet_title: str, header: Row, rows: Iterable[Row]) -> bytes:
    return xlsx_workbook_bytes([(sheet_title, header, rows)])


def csv_response(filename: str, header: Row, rows: Iterable[Row]) -> HttpResponse:
    return attachment_response(csv_bytes(header, rows), filename=filename, content_type=CSV_TYPE)


def xlsx_response(
    filename: str, sheet_title: str, header: Row, rows: Iterable[Row]
) -> HttpResponse:
    return xlsx_workbook_response(filename, [(sheet_title, header, rows)])


def xlsx_workbook_response(filename: str, sheets: Sequence[Sheet]) -> HttpResponse:
    return attachment_response(
        xlsx_workbook_bytes(sheets), filename=filename, content_type=XLSX_TYPE
    )
