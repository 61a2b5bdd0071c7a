import csv
import datetime
import io

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation
from openpyxl import load_workbook

from tiltas.core.models import AuditEntry
from tiltas.indicators.content import load_project
from tiltas.indicators.models import Indicator, ManualValue
from tiltas.indicators.registry import Measurement
from tiltas.indicators.views.public import EXPORTS_PER_WINDOW

from . import files
from .factories import IndicatorFactory, ManualValueFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _only_test_counters(isolated_registry):
    """Other apps' counters (and their queries) are theirs: these tests plug their own."""


def url(name: str, language: str = "lt", **kwargs) -> str:
    with translation.override(language):
        return reverse(f"indicators:{name}", kwargs=kwargs or None)


@pytest.fixture
def framework(db):
    load_project()


@pytest.fixture
def logins_counted(register_counter):
    register_counter(
        "accounts.unique_logins",
        lambda *, start=None, end=None: Measurement(
            value=1234,
            breakdown={"sex": {"female": 700, "male": 500, "": 34}, "country": {"LT": 1234}},
        ),
    )


@pytest.mark.parametrize("language", ["lt", "en", "nb"])
def test_activities_page_shows_goal_objectives_activities_and_targets(client, framework, language):
    response = client.get(url("activities", language))
    assert response.status_code == 200
    html = response.content.decode()
    assert f'lang="{language}"' in html
    for code in ["1.1.1", "1.1.2", "1.1.3", "1.2.1", "1.2.2", "1.3.1", "1.3.2", "1.3.3"]:
        assert url("activity_detail", language, code=code) in html
    with translation.override(language):
        guide = Indicator.objects.get(code="1.3.1-transparency-guide")
        assert guide.name in html
    if language == "lt":
        assert "Socialinės klasterystės kompetencijų modelio parengimas ir adaptavimas" in html
        assert "Projekto tikslas" in html
        assert "Dar neskaičiuojama" in html
    if language == "nb":
        assert "Ikke telt ennå" in html


def test_activities_page_shows_live_progress_with_locale_numbers(client, framework, logins_counted):
    html = client.get(url("activities", "lt")).content.decode()
    # Grouped the Lithuanian way; the meter never goes past the target.
    assert "1.234 iš 260 (475 %)" in html
    assert 'max="260" value="260"' in html
    html_en = client.get(url("activities", "en")).content.decode()
    assert "1,234 of 260 (475%)" in html_en


def test_activities_page_has_a_bounded_number_of_queries(
    client, framework, django_assert_max_num_queries
):
    for _ in range(5):
        ManualValueFactory(indicator=Indicator.objects.get(code="1.3.1-transparency-guide"))
    with django_assert_max_num_queries(12):
        assert client.get(url("activities")).status_code == 200


def test_activity_detail_shows_disaggregation_tables(client, framework, logins_counted):
    response = client.get(url("activity_detail", "en", code="1.3.3"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Unique logins" in html
    assert "By sex" in html and "Female" in html and "700" in html and "Not stated" in html
    assert "By country" in html and "Lithuania" in html
    # The network is not counted yet: said plainly, no number.
    assert "Not counted yet" in html


def test_unknown_activity_is_404(client, framework):
    assert client.get(url("activity_detail", code="9.9.9")).status_code == 404


def test_dashboard_shows_every_indicator_with_meter_text_and_table(
    client, framework, logins_counted, django_assert_max_num_queries
):
    with django_assert_max_num_queries(12):
        response = client.get(url("dashboard", "en"))
    html = response.content.decode()
    assert response.status_code == 200
    for indicator in Indicator.objects.all():
        assert f"<td>{indicator.code}</td>" in html
    assert "<meter" in html and "1,234 of 260 (475%)" in html
    assert html.count("Not counted yet") >= Indicator.objects.count() - 1
    assert '<caption id="results-table-caption">' in html


def test_dashboard_period_is_checked(client, framework):
    response = client.get(url("dashboard", "en"), {"start": "2026-05-01", "end": "2026-01-01"})
    assert response.status_code == 200
    assert "must not be after its end" in response.content.decode()


def test_dashboard_period_filters_manual_values(client, framework):
    guide = Indicator.objects.get(code="1.3.1-transparency-guide")
    ManualValueFactory(indicator=guide, value=1, as_of=datetime.date(2026, 3, 1))
    inside = client.get(url("dashboard", "en"), {"end": "2026-04-01"}).content.decode()
    outside = client.get(url("dashboard", "en"), {"end": "2026-02-01"}).content.decode()
    assert "1 of 1 (100%)" in inside
    assert "1 of 1 (100%)" not in outside


def test_csv_export_has_every_indicator_and_neutralises_formulas(client, framework, logins_counted):
    IndicatorFactory(code="evil", name_lt='=HYPERLINK("https://evil.example")', name_en="@SUM(A1)")
    response = client.get(url("export_csv", "en"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:3] == ["Indicator code", "Activity", "Indicator"]
    by_code = {row[0]: row for row in rows[1:]}
    assert len(by_code) == Indicator.objects.count()
    assert by_code["1.3.3-unique-logins"][5:9] == ["260", "1234", "474.6", "counted"]
    assert by_code["1.3.3-network"][6] == ""
    assert by_code["1.3.3-network"][8] == "not counted yet"
    assert by_code["evil"][2] == "'@SUM(A1)"
    entry = AuditEntry.objects.get(action="indicators.results.exported")
    assert entry.actor is None
    assert entry.changed_fields == ["csv"]
    lithuanian = client.get(url("export_csv", "lt")).content.decode()
    assert "'=HYPERLINK" in lithuanian
    assert "\n=HYPERLINK" not in lithuanian and ",=HYPERLINK" not in lithuanian


def test_xlsx_export_is_a_workbook_with_safe_cells(coordinator, framework, logins_counted):
    IndicatorFactory(code="evil", name_en='=HYPERLINK("https://evil.example")')
    response = signed_in(coordinator).get(url("export_xlsx", "en"), {"end": "2026-06-30"})
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "Indicator code"
    by_code = {row[0]: row for row in rows[1:]}
    assert by_code["1.3.3-unique-logins"][6] == 1234
    assert by_code["1.1.3-participants"][5] == 240
    assert by_code["evil"][2].startswith("'=")
    assert sheet.cell(row=2, column=1).data_type == "s"
    entry = AuditEntry.objects.get(action="indicators.results.exported")
    assert entry.actor == coordinator
    assert entry.changed_fields == ["period", "xlsx"]


def test_manage_list_shows_only_manual_indicators(role_client, framework):
    html = role_client("coordinator").get(url("manage_list", "en")).content.decode()
    assert "Transparency policy guide" in html
    assert "Unique logins" not in html
    assert url("value_create", "en", code="1.3.1-transparency-guide") in html


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_coordinator_records_a_value_with_a_file(coordinator, framework, media_root):
    client = signed_in(coordinator)
    target = url("value_create", "en", code="1.3.1-transparency-guide")
    assert client.get(target).status_code == 200
    response = client.post(
        target,
        {
            "value": "1",
            "as_of": "2026-05-04",
            "note": "Printed edition",
            "evidence_file": files.pdf(),
        },
    )
    assert response.status_code == 302
    value = ManualValue.objects.get()
    assert value.recorded_by == coordinator
    assert value.evidence_file.name.endswith(".pdf")
    assert AuditEntry.objects.filter(action="indicators.value.recorded").count() == 1
    detail = client.get(response["Location"]).content.decode()
    download = url("evidence_download", "en", pk=value.pk)
    assert download in detail
    file_response = client.get(download)
    assert file_response.status_code == 200
    assert file_response["Content-Disposition"].startswith("attachment")
    assert file_response["X-Content-Type-Options"] == "nosniff"
    assert file_response.content == files.PDF
    # The public dashboard now reports the recorded value.
    public = Client().get(url("dashboard", "en")).content.decode()
    assert "1 of 1 (100%)" in public
    assert download not in public


def test_a_bad_file_is_refused_and_what_was_typed_is_kept(coordinator, framework, media_root):
    response = signed_in(coordinator).post(
        url("value_create", "en", code="1.3.1-transparency-guide"),
        {"value": "1", "as_of": "2026-05-04", "note": "Kept note", "evidence_file": files.html()},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "error-summary" in html
    assert "Upload a PDF, DOCX, XLSX, PPTX, ODT, ODS, ODP, PNG or JPEG file." in html
    assert "Kept note" in html
    assert not ManualValue.objects.exists()


def test_evidence_is_required(coordinator, framework):
    response = signed_in(coordinator).post(
        url("value_create", "en", code="1.3.1-transparency-guide"),
        {"value": "1", "as_of": "2026-05-04", "evidence_link": "http://plain.example"},
    )
    html = response.content.decode()
    assert "The link must start with https://." in html
    response = signed_in(coordinator).post(
        url("value_create", "en", code="1.3.1-transparency-guide"),
        {"value": "1", "as_of": "2026-05-04"},
    )
    assert "Attach an evidence file or give a link." in response.content.decode()
    assert not ManualValue.objects.exists()


def test_recording_for_a_counted_indicator_is_404(role_client, framework):
    client = role_client("coordinator")
    target = url("value_create", code="1.3.3-unique-logins")
    assert client.get(target).status_code == 404
    response = client.post(
        target, {"value": "1", "as_of": "2026-01-01", "evidence_link": "https://example.org"}
    )
    assert response.status_code == 404
    assert not ManualValue.objects.exists()


def test_exports_are_throttled_per_client(client, framework, isolated_registry):
    for _ in range(EXPORTS_PER_WINDOW):
        assert client.get(url("export_csv", "en")).status_code == 200
    response = client.get(url("export_xlsx", "en"))
    assert response.status_code == 429 and int(response["Retry-After"]) > 0
    assert "<h1>Too many requests</h1>" in response.content.decode()
    other = Client(REMOTE_ADDR="192.0.2.7")
    assert other.get(url("export_csv", "en")).status_code == 200


@pytest.mark.django_db
def test_sitemap_lists_the_activities_in_every_language(client):
    load_project()
    body = client.get("/sitemap.xml").content.decode()
    for language in ("lt", "en", "nb"):
        assert f"/{language}/activities/1.1.3/" in body
        assert f"/{language}/results/" in body


def test_manage_pages_list_several_values_in_bounded_queries(
    coordinator, framework, django_assert_max_num_queries
):
    guide = Indicator.objects.get(code="1.3.1-transparency-guide")
    for day in range(1, 8):
        ManualValueFactory(
            indicator=guide, value=day, as_of=datetime.date(2026, 3, day), recorded_by=coordinator
        )
    client = signed_in(coordinator)
    with django_assert_max_num_queries(14):
        listing = client.get(url("manage_list", "en"))
    assert "7 (recorded with evidence)" in listing.content.decode()
    with django_assert_max_num_queries(14):
        detail = client.get(url("manage_detail", "en", code=guide.code))
    html = detail.content.decode()
    assert html.count("<tr>") == 1 + 7  # the header and one row per value
    assert html.index("March 7, 2026") < html.index("March 1, 2026")  # newest first
