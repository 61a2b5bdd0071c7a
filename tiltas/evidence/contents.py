"""The lists an evidence bundle holds, drawn from the records as CSV: what the
donor may get and no more (names, organisations, days; never an e-mail
address, a person's sex or their answers to registration questions)."""

from datetime import date

from django.utils.translation import gettext as _

from tiltas.core.exports import csv_bytes
from tiltas.credentials.selectors import certificates_issued_between
from tiltas.events import selectors as events
from tiltas.events.models import Event, RegistrationStatus, StudyVisit


def participants_csv(event: Event) -> bytes:
    """Who attended which days: confirmed participants, then people present
    without a registration (walk-ins)."""
    header = [_("Name"), _("Organisation"), _("Organisation type"), _("Country"), _("Days")]
    rows: list[list[object]] = []
    for registration in events.participants(event, statuses=(RegistrationStatus.CONFIRMED,)):
        person = registration.person
        organisation = person.organisation if person else None
        rows.append(
            [
                person.full_name if person else _("(erased)"),
                organisation.name if organisation else "",
                organisation.get_type_display() if organisation else "",
                person.get_country_display() if person else "",
                " ".join(a.day.isoformat() for a in registration.attendances.all()),
            ]
        )
    present: dict[str, tuple[str, str, list[str]]] = {}
    for walk_in in event.walk_ins.order_by("day", "name", "id"):
        key = walk_in.email or f"{walk_in.name}\n{walk_in.organisation_name}"
        entry = present.setdefault(key, (walk_in.name, walk_in.organisation_name, []))
        entry[2].append(walk_in.day.isoformat())
    rows.extend(
        [name, organisation, "", "", " ".join(days)]
        for name, organisation, days in present.values()
    )
    return csv_bytes(header, rows)


def survey_results_csv(event: Event) -> bytes:
    """The feedback survey as aggregates: ratings with their spread; for free
    text only how many answered (a text may name anyone)."""
    responses, results = events.survey_results(event)
    header = [_("Question"), _("Answers"), _("Average"), "1", "2", "3", "4", "5"]
    rows: list[list[object]] = [[_("Responses"), responses, "", "", "", "", "", ""]]
    for result in results:
        spread: list[object] = [count for _score, count in result.distribution] or [""] * 5
        average = "" if result.average is None else result.average
        rows.append([result.text, result.count, average, *spread])
    return csv_bytes(header, rows)


def delegation_csv(visit: StudyVisit) -> bytes:
    header = [_("Name"), _("Organisation"), _("Role in the delegation")]
    rows = [
        [member.display_name, member.display_organisation, member.role]
        for member in events.visit_delegation(visit)
    ]
    return csv_bytes(header, rows)


def certificates_csv(start: date, end: date) -> bytes:
    header = [
        _("Number"),
        _("Holder"),
        _("Kind"),
        _("Earned for"),
        _("Issued"),
        _("Hours"),
        _("Revoked"),
    ]
    rows = [
        [
            c.number,
            c.holder_name,
            c.get_kind_display(),
            str(c.programme or c.event or ""),
            c.issued_on.isoformat(),
            "" if c.hours is None else c.hours,
            c.revoked_at.date().isoformat() if c.revoked_at else "",
        ]
        for c in certificates_issued_between(start, end)
    ]
    return csv_bytes(header, rows)
