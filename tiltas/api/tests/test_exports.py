"""The coordinators' exports through the API: donor reports, evidence bundles and
the results export, per role and token scope, streamed and audited."""

import io
from datetime import date

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from openpyxl import load_workbook

from tiltas.api.services import token_create
from tiltas.core.models import AuditEntry
from tiltas.core.roles import Role
from tiltas.evidence.models import BundleStatus, EvidenceBundle
from tiltas.evidence.tests.url_samples import url_samples as evidence_samples
from tiltas.reports.models import Report, ReportStatus
from tiltas.reports.tests.fixtures import framework, training_held
from tiltas.reports.tests.url_samples import PDF
from tiltas.reports.tests.url_samples import url_samples as report_samples

pytestmark = pytest.mark.django_db

ZIP = b"PK\x05\x06" + b"\0" * 18


def bearer(text: str) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": f"Bearer {text}"}


@pytest.fixture
def token_of(make_user):
    """``token_of(role, scope)``: the text of a fresh token of someone of that role."""

    def make(role: str, scope: str = "read") -> str:
        extra = {"is_staff": True, "is_superuser": True} if role == Role.ADMINISTRATOR else {}
        return token_create(person=make_user(role=role, **extra), name="t", scope=scope, days=30)[1]

    return make


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def _urls() -> list[str]:
    report = report_samples()["reports:report_pdf"]["pk"]
    bundle = evidence_samples()["evidence:manage_download"]["pk"]
    return [
        "/api/v1/manage/reports",
        f"/api/v1/manage/reports/{report}/files/pdf",
        "/api/v1/manage/evidence",
        f"/api/v1/manage/evidence/{bundle}/bundle",
        "/api/v1/manage/indicators/export?format=csv",
    ]


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("anonymous", 401),
        (Role.MEMBER, 401),  # a member can hold no token: theirs is refused as unknown
        (Role.TRAINER, 403),
        (Role.INTEGRITY_OFFICER, 401),
        (Role.COORDINATOR, 200),
        (Role.ADMINISTRATOR, 200),
    ],
)
def test_only_coordinators_and_administrators_tokens_reach_the_exports(
    client, token_of, media_root, role, expected
):
    headers = {} if role == "anonymous" else bearer(token_of(role, "write"))
    for url in _urls():
        response = client.get(url, **headers)
        if response.streaming:
            b"".join(response.streaming_content)  # read to its end, the file is closed
        assert response.status_code == expected, url
    asked = client.post(
        "/api/v1/manage/reports",
        {"part": "1", "year": 2026, "language": "en"},
        content_type="application/json",
        **headers,
    )
    assert asked.status_code == (201 if expected == 200 else expected)


def test_a_session_is_no_token(role_client, media_root):
    client = role_client(Role.COORDINATOR)
    for url in _urls():
        assert client.get(url).status_code == 401, url


def test_the_report_list_links_the_files_of_ready_reports_only(client, token_of, media_root):
    ready = report_samples()["reports:report_pdf"]["pk"]
    queued = Report.objects.create(start=date(2026, 4, 1), end=date(2026, 4, 30), language="en")
    rows = client.get("/api/v1/manage/reports", **bearer(token_of(Role.COORDINATOR))).json()
    by_id = {row["id"]: row for row in rows["items"]}
    assert rows["count"] == 2
    assert by_id[queued.pk]["status"] == "queued" and by_id[queued.pk]["files"] == {}
    assert set(by_id[ready]["files"]) == {"pdf", "xlsx", "csv"}
    assert by_id[ready]["files"]["pdf"].endswith(f"/api/v1/manage/reports/{ready}/files/pdf")
    assert (by_id[ready]["start"], by_id[ready]["end"]) == ("2026-03-01", "2026-03-31")


def test_a_report_file_is_streamed_and_audited_and_404_until_ready(client, token_of, media_root):
    text = token_of(Role.COORDINATOR)
    ready = report_samples()["reports:report_pdf"]["pk"]
    response = client.get(f"/api/v1/manage/reports/{ready}/files/pdf", **bearer(text))
    assert response.streaming and b"".join(response.streaming_content) == PDF
    assert response["Content-Type"] == "application/pdf"
    assert 'filename="tiltas-report-2026-03_2026-03-lt.pdf"' in response["Content-Disposition"]
    entry = AuditEntry.objects.get(action="reports.report.downloaded")
    assert entry.changed_fields == ["pdf"]
    queued = Report.objects.create(start=date(2026, 4, 1), end=date(2026, 4, 30), language="en")
    for url in (
        f"/api/v1/manage/reports/{queued.pk}/files/pdf",
        f"/api/v1/manage/reports/{ready + 99}/files/pdf",
    ):
        assert client.get(url, **bearer(text)).status_code == 404
    assert (
        client.get(f"/api/v1/manage/reports/{ready}/files/doc", **bearer(text)).status_code == 422
    )
    assert AuditEntry.objects.filter(action="reports.report.downloaded").count() == 1


def test_asking_for_a_report_needs_write_scope_and_is_audited(client, token_of):
    body = {"part": "year", "year": 2026, "language": "nb"}
    read = client.post(
        "/api/v1/manage/reports", body, content_type="application/json",
        **bearer(token_of(Role.COORDINATOR)),
    )  # fmt: skip
    assert read.status_code == 403 and not Report.objects.exists()
    done = client.post(
        "/api/v1/manage/reports", body, content_type="application/json",
        **bearer(token_of(Role.COORDINATOR, "write")),
    )  # fmt: skip
    report = Report.objects.get()
    assert done.status_code == 201 and done.json()["id"] == report.pk
    assert (report.start, report.end, report.language) == (
        date(2026, 1, 1),
        date(2026, 12, 31),
        "nb",
    )
    assert AuditEntry.objects.filter(action="reports.report.requested").count() == 1


@pytest.mark.parametrize(
    ("body", "field", "message"),
    [
        (
            {"start_month": "2026-05", "end_month": "2026-02", "language": "en"},
            "end_month",
            "The last month cannot come before the first.",
        ),
        (
            {"part": "2", "language": "en"},
            "year",
            "Give the year of the quarter or of the whole year.",
        ),
        ({"part": "year", "year": 2026, "language": "xx"}, "language", "Select a valid choice."),
        (
            {"part": "year", "year": 2099, "language": "en"},
            "__all__",
            "A report cannot be made for a period that has not begun.",
        ),
    ],
)
def test_a_refused_report_names_the_field_in_the_callers_language(
    client, token_of, body, field, message
):
    response = client.post(
        "/api/v1/manage/reports", body, content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="en", **bearer(token_of(Role.COORDINATOR, "write")),
    )  # fmt: skip
    assert response.status_code == 422
    assert any(message in text for text in response.json()["detail"][field])
    assert not Report.objects.exists()


def test_a_bundle_needs_a_write_token_and_its_download_is_audited(client, token_of):
    bundle = evidence_samples()["evidence:manage_download"]["pk"]
    url = f"/api/v1/manage/evidence/{bundle}/bundle"
    refused = client.get(url, HTTP_ACCEPT_LANGUAGE="en", **bearer(token_of(Role.COORDINATOR)))
    assert refused.status_code == 403
    assert "may only read" in refused.json()["detail"]
    listed = client.get("/api/v1/manage/evidence", **bearer(token_of(Role.COORDINATOR))).json()
    assert listed["items"][0]["bundle"].endswith(url)
    assert listed["items"][0]["progress"] == 100
    response = client.get(url, **bearer(token_of(Role.COORDINATOR, "write")))
    assert response["Content-Type"] == "application/zip"
    assert b"".join(response.streaming_content) == ZIP
    assert AuditEntry.objects.filter(action="evidence.bundle.downloaded").count() == 1


def test_a_bundle_still_being_built_has_no_download(client, token_of, make_user):
    bundle = EvidenceBundle.objects.create(
        start=date(2026, 1, 1), end=date(2026, 3, 31), language="lt",
        requested_by=make_user(role=Role.COORDINATOR), files_total=4, files_done=1,
    )  # fmt: skip
    text = token_of(Role.COORDINATOR, "write")
    row = client.get("/api/v1/manage/evidence", **bearer(text)).json()["items"][0]
    assert (row["status"], row["progress"], row["bundle"]) == ("pending", 25, None)
    assert (
        client.get(f"/api/v1/manage/evidence/{bundle.pk}/bundle", **bearer(text)).status_code == 404
    )
    assert not AuditEntry.objects.filter(action="evidence.bundle.downloaded").exists()


def _sheets(content: bytes) -> dict[str, list[tuple]]:
    book = load_workbook(io.BytesIO(content), read_only=True)
    return {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in book.worksheets}


def test_the_results_export_has_the_exact_figures_of_the_coordinators_page(
    client, token_of, role_client
):
    framework()
    training_held(women=5, men=2)
    text = token_of(Role.COORDINATOR)
    response = client.get("/api/v1/manage/indicators/export?format=xlsx", **bearer(text))
    assert response.status_code == 200
    ours = _sheets(response.content)
    page = _sheets(role_client(Role.COORDINATOR).get(reverse("indicators:export_xlsx")).content)
    public = _sheets(role_client("anonymous").get(reverse("indicators:export_xlsx")).content)
    assert ours == page and ours != public  # the public one shows the two men as "< 5"
    assert any(row[-1] == 2 for row in ours[next(iter(list(ours)[1:]))])
    csv = client.get("/api/v1/manage/indicators/export?format=csv", **bearer(text))
    assert csv["Content-Type"].startswith("text/csv") and b"participants-1.1.1" in csv.content
    assert AuditEntry.objects.filter(action="indicators.results.exported").count() >= 2


def test_the_results_export_refuses_a_period_backwards(client, token_of):
    response = client.get(
        "/api/v1/manage/indicators/export?format=csv&start=2026-05-01&end=2026-01-01",
        HTTP_ACCEPT_LANGUAGE="en", **bearer(token_of(Role.COORDINATOR)),
    )  # fmt: skip
    assert response.status_code == 422
    assert response.json()["detail"] == "The start of the period must not be after its end."
    pdf = client.get(
        "/api/v1/manage/indicators/export?format=pdf", **bearer(token_of(Role.COORDINATOR))
    )
    assert pdf.status_code == 422


@pytest.mark.parametrize("url", ["/api/v1/manage/reports", "/api/v1/manage/evidence"])
def test_the_lists_cost_the_same_with_ten_times_the_rows(client, token_of, url, make_user):
    text = token_of(Role.COORDINATOR)
    someone = make_user(role=Role.COORDINATOR)

    def make(count: int) -> None:
        for n in range(count):
            Report.objects.create(
                start=date(2026, 3, 1), end=date(2026, 3, 31), language="en",
                status=ReportStatus.READY, requested_by=someone,
            )  # fmt: skip
            bundle = EvidenceBundle.objects.create(
                start=date(2026, 1, 1), end=date(2026, 3, 31), language="lt",
                status=BundleStatus.READY, requested_by=someone if n == 0 else None,
            )  # fmt: skip
            bundle.file.save(f"b{n}.zip", ContentFile(ZIP))

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url, **bearer(text)).status_code == 200
        return len(captured)

    make(1)
    small = queries()
    make(9)
    assert queries() == small <= 6


def test_the_tokens_page_tells_coordinators_what_a_bundle_needs(role_client):
    with translation.override("en"):
        coordinator = role_client(Role.COORDINATOR).get(reverse("api_tokens:tokens"))
        trainer = role_client(Role.TRAINER).get(reverse("api_tokens:tokens"))
    assert "only a token that may also write downloads it" in coordinator.content.decode()
    assert "evidence bundle" not in trainer.content.decode()


def test_each_token_has_its_own_limit_even_with_the_same_name(client, make_user):
    first = token_create(person=make_user(role=Role.COORDINATOR), name="Sync", scope="read", days=1)
    second = token_create(
        person=make_user(role=Role.COORDINATOR), name="Sync", scope="read", days=1
    )
    for _ in range(120):
        assert client.get("/api/v1/manage/evidence", **bearer(first[1])).status_code == 200
    assert client.get("/api/v1/manage/evidence", **bearer(first[1])).status_code == 429
    assert client.get("/api/v1/manage/evidence", **bearer(second[1])).status_code == 200


def test_downloads_are_limited_per_token_apart_from_other_calls(client, token_of, media_root):
    text = token_of(Role.COORDINATOR)
    url = f"/api/v1/manage/reports/{report_samples()['reports:report_csv']['pk']}/files/csv"
    for _ in range(30):
        assert b"".join(client.get(url, **bearer(text)).streaming_content) == b"a,b\n"
    assert client.get(url, **bearer(text)).status_code == 429
    assert client.get("/api/v1/manage/reports", **bearer(text)).status_code == 200
