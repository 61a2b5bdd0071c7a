"""What evidence a period has: the one list the bundle is built from, and the
reports name (kind, title, path in the bundle)."""

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import PurePath

from django.db.models import QuerySet
from django.db.models.fields.files import FieldFile
from django.utils.translation import gettext as _

from tiltas.accounts.models import Visitor
from tiltas.core.roles import is_manager
from tiltas.core.uploads import display_name
from tiltas.events import selectors as events
from tiltas.events.exports import attendance_sheet_pdf
from tiltas.events.models import Event, StudyVisit
from tiltas.integrity.selectors import guide_pdfs_for_period

from . import contents
from .models import EvidenceBundle

#: Stored files are read and written in pieces of this size, never whole.
CHUNK_BYTES = 256 * 1024

Reader = Callable[[], Iterator[bytes]]


@dataclass(frozen=True)
class EvidenceItem:
    kind: str  # one of KINDS
    title: str
    path: str  # inside the bundle
    read: Reader  # the file's bytes, in pieces; drawn or read only when called


def _stored(field: FieldFile) -> Reader:
    storage, name = field.storage, field.name or ""

    def read() -> Iterator[bytes]:
        with storage.open(name, "rb") as handle:
            while chunk := handle.read(CHUNK_BYTES):
                yield chunk

    return read


def _drawn(make: Callable[[], bytes]) -> Reader:
    def read() -> Iterator[bytes]:
        yield make()

    return read


def _file_name(pk: int, original_name: str, stored_name: str | None) -> str:
    return f"{pk}-{display_name(original_name or PurePath(stored_name or '').name)}"


def _event_items(event: Event) -> list[EvidenceItem]:
    folder = f"events/{event.days[0].isoformat()}-{event.slug}/"
    title = {"title": event.title}
    items = [
        EvidenceItem(
            "participants",
            _("Participants: %(title)s") % title,
            f"{folder}participants.csv",
            _drawn(partial(contents.participants_csv, event)),
        )
    ]
    sheets = {sheet.day: sheet for sheet in event.signed_sheets.all()}
    for day in event.days:
        about = {**title, "day": day.isoformat()}
        items.append(
            EvidenceItem(
                "attendance_sheet",
                _("Attendance sheet: %(title)s, %(day)s") % about,
                f"{folder}attendance-sheet-{day.isoformat()}.pdf",
                _drawn(partial(attendance_sheet_pdf, event, day)),
            )
        )
        if sheet := sheets.get(day):
            suffix = PurePath(sheet.file.name or "").suffix
            items.append(
                EvidenceItem(
                    "signed_sheet",
                    _("Signed attendance sheet: %(title)s, %(day)s") % about,
                    f"{folder}signed-sheet-{day.isoformat()}{suffix}",
                    _stored(sheet.file),
                )
            )
    if event.survey_questions.all():
        items.append(
            EvidenceItem(
                "survey_results",
                _("Feedback survey results: %(title)s") % title,
                f"{folder}survey-results.csv",
                _drawn(partial(contents.survey_results_csv, event)),
            )
        )
    items.extend(
        EvidenceItem(
            "event_file",
            item.title,
            f"{folder}files/{_file_name(item.pk, item.original_name, item.file.name)}",
            _stored(item.file),
        )
        for item in event.files.all()
    )
    return items


def _visit_items(visit: StudyVisit) -> list[EvidenceItem]:
    folder = f"visits/{visit.start_date.isoformat()}-{visit.slug}/"
    title = {"title": visit.title}
    items = [
        EvidenceItem(
            "delegation",
            _("Delegation: %(title)s") % title,
            f"{folder}delegation.csv",
            _drawn(partial(contents.delegation_csv, visit)),
        )
    ]
    if visit.report.strip():
        items.append(
            EvidenceItem(
                "visit_report",
                _("Report: %(title)s") % title,
                f"{folder}report.md",
                _drawn(partial(visit.report.encode, "utf-8")),
            )
        )
    items.extend(
        EvidenceItem(
            "visit_file",
            item.title,
            f"{folder}files/{_file_name(item.pk, item.original_name, item.file.name)}",
            _stored(item.file),
        )
        for item in visit.files.all()
    )
    return items


def evidence_items(start: date, end: date) -> list[EvidenceItem]:
    """Every piece of evidence of the period, in the bundle's order: per event
    held its participants, attendance sheets (drawn), signed scans, survey
    results and files; per study visit held its delegation, report and files;
    the guide's PDFs; the certificates issued. A fixed number of queries,
    whatever the number of files; the files are drawn or read only when an
    item's ``read`` is called."""
    items: list[EvidenceItem] = []
    for event in events.events_held_between(start, end):
        items.extend(_event_items(event))
    for visit in events.visits_held_between(start, end):
        items.extend(_visit_items(visit))
    items.extend(
        EvidenceItem(
            "guide",
            _("Transparency policy guide, version %(number)s (%(language)s)")
            % {"number": pdf.version.number, "language": pdf.language},
            f"guide/guide-v{pdf.version.number}-{pdf.language}.pdf",
            _stored(pdf.file),
        )
        for pdf in guide_pdfs_for_period(start, end)
    )
    items.append(
        EvidenceItem(
            "certificates",
            _("Certificates issued"),
            "certificates.csv",
            _drawn(partial(contents.certificates_csv, start, end)),
        )
    )
    return items


def bundles_for_manage(user: Visitor) -> QuerySet[EvidenceBundle]:
    """The latest bundles (the management page lists 20, the API pages through all)."""
    if not is_manager(user):
        return EvidenceBundle.objects.none()
    return EvidenceBundle.objects.select_related("requested_by")


def bundle_filename(bundle: EvidenceBundle) -> str:
    return f"evidence-{bundle.start.isoformat()}-{bundle.end.isoformat()}.zip"
