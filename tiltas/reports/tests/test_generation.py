"""A report asked for on the page is drawn by the background task: its PDF, XLSX
and CSV say what the donor needs, from the snapshots for a past period."""

import csv
import io
from datetime import date

import pytest
from django.urls import reverse
from openpyxl import load_workbook
from pypdf import PdfReader

from tiltas.events.models import Registration
from tiltas.events.tests.factories import RegistrationFactory
from tiltas.indicators.models import ManualValue, Snapshot
from tiltas.reports.models import Narrative, Report, ReportStatus

from .fixtures import MARCH, NARRATIVE, PARTICIPANTS_RULE, framework, training_held

pytestmark = pytest.mark.django_db


def ask(client, capture, *, language="en", **period):
    data = {"start_month": "2026-03", "end_month": "2026-03", "language": language, **period}
    with capture(execute=True):
        response = client.post(reverse("reports:report_list"), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return Report.objects.latest("id")


def downloaded(client, report, file_format) -> bytes:
    response = client.get(reverse(f"reports:report_{file_format}", args=[report.pk]))
    assert response.status_code == 200
    return b"".join(response.streaming_content) if response.streaming else response.content


def pdf_text(content: bytes) -> str:
    # Lines wrap wherever the page is full: compare words, not line breaks.
    pages = PdfReader(io.BytesIO(content)).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split())


@pytest.fixture
def march(media_root):
    built = framework()
    training_held()
    Narrative.objects.create(
        start=MARCH.start,
        end=MARCH.end,
        activity=built.participants.activity,
        language="en",
        text=NARRATIVE,
    )
    return built


def test_the_pdf_tells_the_donor_the_figures_rules_narrative_and_evidence(
    role_client, march, django_capture_on_commit_callbacks
):
    client = role_client("coordinator")
    report = ask(client, django_capture_on_commit_callbacks)
    assert report.status == ReportStatus.READY and report.progress == 100
    detail = client.get(reverse("reports:report_detail", args=[report.pk])).content.decode()
    assert reverse("reports:report_pdf", args=[report.pk]) in detail
    assert 'http-equiv="refresh"' not in detail
    text = pdf_text(downloaded(client, report, "pdf"))
    assert "Report to the donor" in text
    assert "March 2026" in text
    assert "EEA and Norway Grants" in text
    assert "Participants of trainings" in text
    assert "240" in text and "7 participants" in text  # target and achieved
    assert "2.9 %" in text  # 7 of 240
    assert "< 5" in text  # the two men
    assert PARTICIPANTS_RULE in text
    assert NARRATIVE in text
    assert "Evidence" in text and "Klasterių pagrindai" in text
    # The files of the evidence bundle, by their place in it.
    assert "Attendance sheet: Klasterių pagrindai, 2026-03-10" in text
    assert "participants.csv" in text and "certificates.csv" in text
    # A past month is frozen first, and the report says so.
    assert Snapshot.objects.filter(month=date(2026, 3, 1)).exists()
    assert report.from_snapshots


def test_the_pdf_is_in_the_chosen_language(role_client, march, django_capture_on_commit_callbacks):
    client = role_client("coordinator")
    report = ask(client, django_capture_on_commit_callbacks, language="lt")
    text = pdf_text(downloaded(client, report, "pdf"))
    assert "Ataskaita donorui" in text
    assert NARRATIVE not in text  # written in English only


def test_the_workbook_has_a_sheet_per_objective_formats_and_counting_rules(
    role_client, march, django_capture_on_commit_callbacks
):
    client = role_client("coordinator")
    report = ask(client, django_capture_on_commit_callbacks)
    book = load_workbook(io.BytesIO(downloaded(client, report, "xlsx")))
    assert book.sheetnames == ["Objective 1", "Objective 2", "Breakdowns", "Counting rules"]
    sheet = book["Objective 1"]
    assert sheet.freeze_panes == "C2"
    assert sheet["A1"].font.bold
    header = [cell.value for cell in sheet[1]]
    row = dict(zip(header, [cell.value for cell in sheet[2]], strict=True))
    assert row["Indicator code"] == "participants-1.1.1"
    assert row["Target"] == 240 and row["Achieved"] == 7
    assert row["Percentage of target"] == pytest.approx(0.029)
    assert (
        sheet.cell(row=2, column=header.index("Percentage of target") + 1).number_format == "0.0%"
    )
    assert book["Objective 2"]["F2"].value == 1  # the guide, recorded with evidence
    groups = {(r[1], r[2]): r[3] for r in book["Breakdowns"].iter_rows(min_row=2, values_only=True)}
    assert groups[("By sex", "Male")] == "< 5" and groups[("By sex", "Female")] == 5
    rules = list(book["Counting rules"].iter_rows(min_row=2, values_only=True))
    assert (
        "participants-1.1.1",
        "Participants of trainings",
        "within the period",
        PARTICIPANTS_RULE,
    ) in rules


def test_the_csv_lists_every_indicator(role_client, march, django_capture_on_commit_callbacks):
    client = role_client("coordinator")
    report = ask(client, django_capture_on_commit_callbacks)
    rows = list(csv.DictReader(io.StringIO(downloaded(client, report, "csv").decode("utf-8-sig"))))
    assert [row["Indicator code"] for row in rows] == ["participants-1.1.1", "guide-1.3.1"]
    assert rows[0]["Achieved"] == "7" and rows[0]["Activity"] == "1.1.1"
    assert rows[1]["Percentage of target"] == "100.0"


def test_a_past_period_reads_the_snapshots_not_later_records(
    role_client, march, django_capture_on_commit_callbacks
):
    client = role_client("coordinator")
    first = ask(client, django_capture_on_commit_callbacks)
    # Records change after the month was frozen: more attendance, a new value.
    training_held(women=10, men=10, day=date(2026, 3, 20))
    ManualValue.objects.create(
        indicator=march.guide,
        value=3,
        as_of=date(2026, 3, 25),
        evidence_link="https://example.org/later.pdf",
    )
    second = ask(client, django_capture_on_commit_callbacks)
    for report in (first, second):
        rows = list(
            csv.DictReader(io.StringIO(downloaded(client, report, "csv").decode("utf-8-sig")))
        )
        assert [row["Achieved"] for row in rows] == ["7", "1"]


def test_a_quarter_adds_up_its_months_and_keeps_the_last_cumulative_figure(
    role_client, march, django_capture_on_commit_callbacks
):
    training_held(women=3, men=0, day=date(2026, 2, 10))
    client = role_client("coordinator")
    report = ask(client, django_capture_on_commit_callbacks, part="1", year="2026")
    assert (report.start, report.end) == (date(2026, 1, 1), date(2026, 3, 31))
    rows = list(csv.DictReader(io.StringIO(downloaded(client, report, "csv").decode("utf-8-sig"))))
    assert [row["Achieved"] for row in rows] == ["10", "1"]
    assert Snapshot.objects.filter(month__in=[date(2026, m, 1) for m in (1, 2, 3)]).count() == 3


def test_a_person_present_in_two_months_of_a_quarter_counts_once(
    role_client, march, django_capture_on_commit_callbacks
):
    february = training_held(women=0, men=0, day=date(2026, 2, 10))
    march_event = Registration.objects.filter(event__starts_at__month=3).first()
    person = march_event.person
    RegistrationFactory(event=february, person=person).attendances.create(day=date(2026, 2, 10))
    client = role_client("coordinator")
    report = ask(client, django_capture_on_commit_callbacks, part="1", year="2026")
    rows = list(csv.DictReader(io.StringIO(downloaded(client, report, "csv").decode("utf-8-sig"))))
    # Seven people in all: the one present in February and March once, not twice.
    assert [row["Achieved"] for row in rows] == ["7", "1"]
    assert report.from_snapshots


def test_a_failure_is_shown_translated(
    role_client, march, django_capture_on_commit_callbacks, monkeypatch
):
    def broken(content):
        raise OSError("disk full")

    monkeypatch.setattr("tiltas.reports.generation.report_pdf", broken)
    client = role_client("coordinator")
    report = ask(client, django_capture_on_commit_callbacks, language="lt")
    assert report.status == ReportStatus.FAILED
    assert "disk" not in report.error
    assert report.error.startswith("Ataskaitos")  # in the report's language
    page = client.get(reverse("reports:report_detail", args=[report.pk])).content.decode()
    assert report.error in page
    assert client.get(reverse("reports:report_pdf", args=[report.pk])).status_code == 404


def test_a_report_being_prepared_reloads_itself(role_client, media_root):
    report = Report.objects.create(
        start=MARCH.start, end=MARCH.end, language="en", status=ReportStatus.RUNNING, progress=40
    )
    page = role_client("coordinator").get(reverse("reports:report_detail", args=[report.pk]))
    html = page.content.decode()
    assert 'http-equiv="refresh"' in html and 'value="40"' in html
    assert (
        role_client("coordinator").get(reverse("reports:report_pdf", args=[report.pk])).status_code
        == 404
    )
