"""The report pages per role, the narratives form, bad input and query budgets."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tiltas.core.models import AuditEntry
from tiltas.reports.models import Narrative, Report, ReportStatus

from .fixtures import MARCH, framework
from .url_samples import url_samples

pytestmark = pytest.mark.django_db

ALLOWED = {"coordinator", "administrator"}
ROLES = ["anonymous", "member", "trainer", "coordinator", "integrity_officer", "administrator"]


@pytest.mark.parametrize("role", ROLES)
def test_only_coordinators_and_administrators_reach_reports(role_client, media_root, role):
    samples = url_samples()
    urls = [reverse("reports:report_list"), reverse("reports:narratives_choose")] + [
        reverse(name, kwargs=kwargs) for name, kwargs in samples.items()
    ]
    client = role_client(role)
    for url in urls:
        response = client.get(url)
        if role == "anonymous":
            assert response.status_code == 302 and "/accounts/login/" in response["Location"]
        elif role in ALLOWED:
            assert response.status_code == 200, url
        else:
            assert response.status_code == 403, url


def test_a_download_is_audited_and_a_missing_report_is_404(role_client, media_root):
    report_id = url_samples()["reports:report_pdf"]["pk"]
    client = role_client("coordinator")
    response = client.get(reverse("reports:report_pdf", args=[report_id]))
    assert response["Content-Disposition"].startswith("attachment")
    assert AuditEntry.objects.filter(action="reports.report.downloaded").count() == 1
    assert client.get(reverse("reports:report_pdf", args=[report_id + 99])).status_code == 404
    assert client.get(reverse("reports:report_detail", args=[report_id + 99])).status_code == 404


@pytest.mark.parametrize(
    "slug", ["2026-13_2026-14", "2026-05_2026-01", "garbage", "1999-01_1999-02"]
)
def test_a_period_that_is_none_answers_404(role_client, slug):
    url = reverse("reports:narratives", kwargs={"period": slug})
    assert role_client("coordinator").get(url).status_code == 404


def test_bad_periods_are_explained_and_what_was_typed_stays(role_client):
    client = role_client("coordinator")
    response = client.post(
        reverse("reports:report_list"),
        {"start_month": "2026-05", "end_month": "2026-02", "language": "nb"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Paskutinis mėnuo negali būti ankstesnis už pirmą." in html
    assert 'value="2026-05"' in html
    response = client.post(reverse("reports:report_list"), {"part": "2", "language": "en"})
    assert "Nurodykite ketvirčio arba visų metų metus." in response.content.decode()
    response = client.post(
        reverse("reports:report_list"), {"part": "1", "year": "2099", "language": "en"}
    )
    assert "dar neprasidėjo" in response.content.decode()
    assert not Report.objects.exists()


def test_narratives_are_saved_per_activity_and_language_and_audited(role_client):
    built = framework()
    activity = built.participants.activity
    client = role_client("coordinator")
    url = reverse("reports:narratives", kwargs={"period": MARCH.slug})
    field = f"narrative_{activity.pk}"
    response = client.post(url, {f"{field}_en": "  Trainings went well. ", f"{field}_lt": "Gerai."})
    assert response.status_code == 302
    texts = dict(Narrative.objects.values_list("language", "text"))
    assert texts == {"en": "Trainings went well.", "lt": "Gerai."}
    assert Narrative.objects.get(language="en").start == date(2026, 3, 1)
    page = client.get(url).content.decode()
    assert "Trainings went well." in page
    client.post(url, {f"{field}_en": "Changed.", f"{field}_lt": ""})
    assert dict(Narrative.objects.values_list("language", "text")) == {"en": "Changed."}
    actions = list(
        AuditEntry.objects.filter(action__startswith="reports.narrative").values_list(
            "action", flat=True
        )
    )
    assert sorted(actions) == sorted(
        ["reports.narrative.written"] * 2
        + ["reports.narrative.changed", "reports.narrative.removed"]
    )


def test_the_period_chooser_leads_to_its_narratives(role_client):
    response = role_client("coordinator").get(
        reverse("reports:narratives_choose"), {"start_month": "2026-01", "end_month": "2026-03"}
    )
    assert response["Location"] == reverse(
        "reports:narratives", kwargs={"period": "2026-01_2026-03"}
    )


def test_the_report_list_costs_the_same_with_ten_times_the_reports(role_client, coordinator):
    client = role_client("coordinator")

    def make(count: int) -> None:
        for _ in range(count):
            Report.objects.create(
                start=MARCH.start,
                end=MARCH.end,
                language="en",
                requested_by=coordinator,
                status=ReportStatus.READY,
            )

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(reverse("reports:report_list")).status_code == 200
        return len(captured)

    make(2)
    queries()  # the first page fills per-person caches
    small = queries()
    make(18)
    assert queries() == small
    assert small <= 12
