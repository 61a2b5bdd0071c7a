"""Participant lists (CSV, XLSX) and attendance sheets (PDF) for the donor's evidence."""

import csv
import io
from datetime import date
from pathlib import Path

from django.template.loader import render_to_string
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from openpyxl import Workbook

from . import selectors
from .models import Event, RegistrationStatus

SHEET_CSS = Path(__file__).parent / "static" / "events" / "attendance_sheet.css"

#: A spreadsheet runs a cell that starts with one of these as a formula.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> object:
    """Make a text cell inert in spreadsheets (OWASP CSV injection)."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def header() -> list[str]:
    return [
        _("Name"),
        _("E-mail"),
        _("Organisation"),
        _("Organisation type"),
        _("Country"),
        _("Sex"),
        _("Days attended"),
        _("Status"),
    ]


def rows(event: Event) -> list[list[object]]:
    result = []
    for registration in selectors.participants(event):
        person = registration.person
        organisation = person.organisation if person else None
        result.append(
            [
                person.full_name if person else _("(erased)"),
                person.email if person else "",
                organisation.name if organisation else "",
                organisation.get_type_display() if organisation else "",
                person.get_country_display() if person else "",
                person.get_sex_display() if person else "",
                len(registration.attendances.all()),
                registration.get_status_display(),
            ]
        )
    return result


def participants_csv(event: Event) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header())
    for row in rows(event):
        writer.writerow([neutralise(cell) for cell in row])
    # A byte-order mark makes spreadsheet programs read the file as UTF-8 (ą, ø …).
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def participants_xlsx(event: Event) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Participants")[:31]
    sheet.append(header())
    for row in rows(event):
        sheet.append([neutralise(cell) for cell in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def attendance_sheet_pdf(event: Event, day: date) -> bytes:
    from weasyprint import CSS, HTML

    people = selectors.participants(event, statuses=(RegistrationStatus.CONFIRMED,))
    html = render_to_string(
        "events/manage/attendance_sheet_pdf.html",
        {"event": event, "day": day, "registrations": people, "language": get_language()},
    )
    return HTML(string=html).write_pdf(stylesheets=[CSS(filename=str(SHEET_CSS))])
