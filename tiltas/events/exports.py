"""Participant lists (CSV, XLSX) and attendance sheets (PDF) for the donor's evidence."""

from datetime import date
from pathlib import Path

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from tiltas.core.exports import csv_response, xlsx_response

from . import selectors
from .models import Event, RegistrationStatus

SHEET_CSS = Path(__file__).parent / "static" / "events" / "attendance_sheet.css"


def header() -> list[str]:
    return [
        _("Name"),
        _("E-mail"),
        _("Organisation"),
        _("Organisation type"),
        _("Country"),
        # Never a person's sex: the profile promises it is shown to no one; the
        # results page gives it only as aggregates.
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
                len(registration.attendances.all()),
                registration.get_status_display(),
            ]
        )
    return result


def participants_csv(event: Event) -> HttpResponse:
    return csv_response(f"{event.slug}-participants.csv", header(), rows(event))


def participants_xlsx(event: Event) -> HttpResponse:
    return xlsx_response(
        f"{event.slug}-participants.xlsx", _("Participants"), header(), rows(event)
    )


def attendance_sheet_pdf(event: Event, day: date) -> bytes:
    from weasyprint import CSS, HTML

    people = selectors.participants(event, statuses=(RegistrationStatus.CONFIRMED,))
    html = render_to_string(
        "events/manage/attendance_sheet_pdf.html",
        {
            "event": event,
            "day": day,
            "registrations": people,
            "walk_ins": selectors.walk_ins_on(event, day),  # they sign too
            "language": get_language(),
        },
    )
    return HTML(string=html).write_pdf(stylesheets=[CSS(filename=str(SHEET_CSS))])
