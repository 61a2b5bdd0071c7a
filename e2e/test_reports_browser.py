"""A coordinator writes a narrative and asks for the donor report of a past
quarter in a real browser: the pages pass axe in lt, en and nb, work without
JavaScript, and the report's PDF downloads once it is ready."""

import pytest

from .support import axe_violations, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_coordinator_writes_a_narrative_and_downloads_the_report(page):
    sign_in(page, "coordinator@demo.tiltas.lt", language="en")
    page.goto("/en/manage/reports/narratives/?start_month=2026-01&end_month=2026-03")
    assert page.locator("h1").inner_text().startswith("Narratives for")
    page.get_by_role("group", name="Activity 1.1.1").get_by_label("English").fill(
        "The first trainings were held in Vilnius."
    )
    with page.expect_navigation():
        page.get_by_role("button", name="Save").click()
    assert "The narratives were saved." in page.content()
    assert not axe_violations(page), axe_violations(page)

    page.goto("/en/manage/reports/")
    page.get_by_label("Period").select_option(label="First quarter")
    page.get_by_label("Year").fill("2026")
    page.get_by_label("Language of the report").select_option("en")
    with page.expect_navigation():
        page.get_by_role("button", name="Prepare the report").click()
    assert page.locator("h1").inner_text().startswith("Donor report for")
    assert not axe_violations(page), axe_violations(page)
    with page.expect_download() as download:
        page.get_by_role("link", name="The report (PDF)").click()
    assert download.value.suggested_filename == "tiltas-report-2026-01_2026-03-en.pdf"
    assert not page.csp_errors, page.csp_errors


@pytest.mark.parametrize("language", ["lt", "nb"])
def test_the_report_pages_pass_axe_in_each_language(page, language):
    sign_in(page, "coordinator@demo.tiltas.lt", language=language)
    for path in ("manage/reports/", "manage/reports/narratives/2026-01_2026-03/"):
        page.goto(f"/{language}/{path}")
        assert page.locator("html").get_attribute("lang") == language
        assert not axe_violations(page), (path, axe_violations(page))
