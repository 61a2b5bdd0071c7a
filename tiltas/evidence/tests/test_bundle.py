"""The evidence bundle of a period (issue 15): what it holds, what it leaves
out, its manifests, and that building it takes neither memory nor queries in
proportion to its files."""

import csv
import hashlib
import io
import json
import os
import tracemalloc
import zipfile

import pytest
from django.utils import translation

from tiltas.evidence.bundle import PROGRESS_STEPS, bundle_build
from tiltas.evidence.models import BundleStatus, EvidenceBundle
from tiltas.evidence.selectors import evidence_items

from .fixtures import END, START, event_file, held_event, period_records

pytestmark = pytest.mark.django_db

EXPECTED = [
    "events/2026-03-10-klasteriu-mokymai/participants.csv",
    "events/2026-03-10-klasteriu-mokymai/attendance-sheet-2026-03-10.pdf",
    "events/2026-03-10-klasteriu-mokymai/signed-sheet-2026-03-10.jpg",
    "events/2026-03-10-klasteriu-mokymai/attendance-sheet-2026-03-11.pdf",
    "events/2026-03-10-klasteriu-mokymai/survey-results.csv",
    "events/2026-03-10-klasteriu-mokymai/files/{file}-pranešimas.pdf",
    "visits/2026-03-20-vizitas-osle/delegation.csv",
    "visits/2026-03-20-vizitas-osle/report.md",
    "visits/2026-03-20-vizitas-osle/files/{visit_file}-darbotvarke.pdf",
    "guide/guide-v1-lt.pdf",
    "certificates.csv",
]


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def _built(start=START, end=END, language="lt") -> EvidenceBundle:
    bundle = EvidenceBundle.objects.create(start=start, end=end, language=language)
    assert bundle_build(bundle.pk)
    bundle.refresh_from_db()
    return bundle


def _archive(bundle: EvidenceBundle) -> zipfile.ZipFile:
    with bundle.file.open("rb") as handle:
        return zipfile.ZipFile(io.BytesIO(handle.read()))


def _csv(archive: zipfile.ZipFile, name: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(archive.read(name).decode("utf-8-sig"))))


def test_the_bundle_holds_the_periods_evidence_and_nothing_else():
    period = period_records()
    bundle = _built()
    expected = [
        name.format(file=period.event.files.get().pk, visit_file=period.visit.files.get().pk)
        for name in EXPECTED
    ]
    archive = _archive(bundle)
    assert archive.namelist() == [*expected, "manifest.json", "manifest.csv"]
    assert (bundle.status, bundle.files_total, bundle.files_done) == (BundleStatus.READY, 11, 11)
    assert bundle.size == os.path.getsize(bundle.file.path)
    assert archive.read(expected[1]).startswith(b"%PDF")  # drawn attendance sheet
    with period.event.signed_sheets.get().file.open("rb") as scan:
        assert archive.read(expected[2]) == scan.read()
    assert archive.read("visits/2026-03-20-vizitas-osle/report.md").decode() == (
        "Aplankėme **tris** savivaldybes."
    )
    certificates = _csv(archive, "certificates.csv")
    assert [row[1] for row in certificates[1:]] == ["Ona Dalyvė"]  # May's is left out
    survey = _csv(archive, expected[4])
    assert ["Kaip vertinate mokymus?", "1", "5.0", "0", "0", "0", "0", "1"] in survey
    assert [row[0] for row in _csv(archive, expected[6])[1:]] == ["Jonas Delegatas"]


def test_the_participant_list_gives_the_donor_names_and_days_only():
    period_records()
    archive = _archive(_built())
    text = archive.read("events/2026-03-10-klasteriu-mokymai/participants.csv").decode()
    rows = _csv(archive, "events/2026-03-10-klasteriu-mokymai/participants.csv")
    assert rows[1] == [
        "Ona Dalyvė",
        "Kauno rajono savivaldybė",
        rows[1][2],
        rows[1][3],
        "2026-03-10 2026-03-11",
    ]
    assert rows[2] == ["Petras Atėjęs", "", "", "", "2026-03-11"]  # present without registering
    for private in ("ona.dalyve@example.lt", "petras@example.lt", "Vegetariškas", "Vyriausioji"):
        assert private not in text
    assert "Moteris" not in text and "female" not in text  # never a person's sex


def test_the_manifests_list_every_file_with_its_size_and_checksum():
    period_records()
    archive = _archive(_built())
    manifest = json.loads(archive.read("manifest.json"))
    assert (manifest["start"], manifest["end"]) == ("2026-03-01", "2026-03-31")
    names = [name for name in archive.namelist() if not name.startswith("manifest.")]
    assert [entry["path"] for entry in manifest["files"]] == names
    for entry in manifest["files"]:
        content = archive.read(entry["path"])
        assert entry["size"] == len(content)
        assert entry["sha256"] == hashlib.sha256(content).hexdigest()
    rows = _csv(archive, "manifest.csv")
    assert [(row[0], row[3], row[4]) for row in rows[1:]] == [
        (e["path"], str(e["size"]), e["sha256"]) for e in manifest["files"]
    ]


def test_the_lists_speak_the_language_the_bundle_was_asked_in():
    period_records()
    archive = _archive(_built(language="en"))
    assert _csv(archive, "certificates.csv")[0][:2] == ["Number", "Holder"]
    manifest = json.loads(archive.read("manifest.json"))
    assert manifest["files"][0]["title"] == "Participants: Klasterių mokymai"


def test_the_items_are_the_reports_list_of_evidence_too():
    period = period_records()
    with translation.override("en"):
        items = evidence_items(START, END)
    assert [item.kind for item in items] == [
        "participants",
        "attendance_sheet",
        "signed_sheet",
        "attendance_sheet",
        "survey_results",
        "event_file",
        "delegation",
        "visit_report",
        "visit_file",
        "guide",
        "certificates",
    ]
    assert items[2].title == "Signed attendance sheet: Klasterių mokymai, 2026-03-10"
    assert period.event.title in items[0].title


def test_a_missing_stored_file_fails_the_bundle_with_the_reason():
    period = period_records()
    sheet = period.event.signed_sheets.get()
    sheet.file.storage.delete(sheet.file.name)
    bundle = EvidenceBundle.objects.create(start=START, end=END, language="lt")
    assert not bundle_build(bundle.pk)
    bundle.refresh_from_db()
    assert bundle.status == BundleStatus.FAILED
    assert "FileNotFoundError" in bundle.error
    assert not bundle.file
    assert not bundle_build(bundle.pk)  # only a waiting bundle is built


SCAN_BYTES = 200 * 1024


def _with_files(count: int):
    event = held_event(START, days=1, slug="daug-failu")
    for n in range(count):
        event_file(event, f"Nuotrauka {n}", os.urandom(SCAN_BYTES), f"photo-{n}.pdf")
    return event


def _peak_while_building() -> tuple[int, EvidenceBundle]:
    bundle = EvidenceBundle.objects.create(start=START, end=END, language="lt")
    tracemalloc.start()
    try:
        assert bundle_build(bundle.pk)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    bundle.refresh_from_db()
    return peak, bundle


def test_memory_stays_bounded_whatever_the_number_of_files():
    """60 files of 200 KB are 12 MB: were the bundle or its files held whole,
    the peak would grow by that much over the 6-file bundle's."""
    event = _with_files(6)
    _peak_while_building()  # fonts and templates loaded once, as in a running worker
    small_peak, small = _peak_while_building()
    for n in range(6, 60):
        event_file(event, f"Nuotrauka {n}", os.urandom(SCAN_BYTES), f"photo-{n}.pdf")
    large_peak, large = _peak_while_building()
    assert (small.files_total, large.files_total) == (9, 63)  # + list, sheet, certificates
    assert large.size > 60 * SCAN_BYTES
    assert large_peak < 20 * 1024 * 1024, large_peak
    assert large_peak - small_peak < 2 * 1024 * 1024, (small_peak, large_peak)


def test_queries_do_not_grow_with_the_number_of_files(django_assert_max_num_queries):
    event = _with_files(3)
    with django_assert_max_num_queries(40) as small:
        _peak_while_building()
    for n in range(3, 60):
        event_file(event, f"Failas {n}", b"%PDF-1.4 x", f"f-{n}.pdf")
    # The same reads; only the progress is written more often, at most PROGRESS_STEPS times.
    with django_assert_max_num_queries(len(small.captured_queries) + PROGRESS_STEPS):
        _peak_while_building()
