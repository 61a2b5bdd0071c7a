"""The evidence pages and the signed-sheet section in a browser, in lt, en and
nb: no axe violations, on a phone too, with an in-progress, a ready and a
refused state; the period form works without JavaScript."""

from datetime import date

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import translation

from .support import share_session, watch
from .test_accessibility import LANGUAGES, page_failures, sweep

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _records(coordinator):
    from tiltas.events.models import SignedAttendanceSheet
    from tiltas.evidence.models import BundleStatus, EvidenceBundle
    from tiltas.evidence.tests.fixtures import held_event

    event = held_event(date(2026, 3, 10), slug="axe-renginys")
    sheet = SignedAttendanceSheet(event=event, day=event.days[0], content_type="application/pdf")
    sheet.uploaded_by = coordinator
    sheet.file.save("scan.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"))
    building = EvidenceBundle.objects.create(
        start="2026-03-01",
        end="2026-03-31",
        language="lt",
        status=BundleStatus.BUILDING,
        files_total=12,
        files_done=5,
    )
    ready = EvidenceBundle.objects.create(
        start="2026-01-01",
        end="2026-01-31",
        language="lt",
        status=BundleStatus.READY,
        files_total=3,
        files_done=3,
    )
    ready.file.save("ready.zip", ContentFile(b"PK\x05\x06" + b"\0" * 18))
    return event, building, ready


def test_the_evidence_pages_have_no_axe_violations(browser, project_site, make_user):
    from tiltas.core.roles import Role

    coordinator = make_user(role=Role.COORDINATOR)
    event, building, ready = _records(coordinator)
    context = browser.new_context(base_url=project_site.url)
    share_session(context, coordinator, project_site.url)
    page = watch(context.new_page())
    failures = []
    try:
        for language in LANGUAGES:
            with translation.override(language):
                urls = [
                    reverse("evidence:manage_list"),
                    reverse("evidence:manage_detail", args=[building.pk]),
                    reverse("evidence:manage_detail", args=[ready.pk]),
                    reverse("events:manage_detail", args=[event.pk]),
                    reverse(
                        "events:manage_signed_sheet_upload",
                        args=[event.pk, event.days[1].isoformat()],
                    ),
                ]
            failures += sweep(page, urls, language)
            # The refused state: the end before the start, sent without any script.
            page.goto(urls[0])
            page.fill("#id_start", "2026-03-31")
            page.fill("#id_end", "2026-03-01")
            with page.expect_navigation():
                page.click("main form[method=post] button[type=submit]")
            assert page.locator("#id_end").input_value() == "2026-03-01"
            assert page.locator("#id_end[aria-invalid=true]").count() == 1
            failures += page_failures(page, f"{urls[0]} (refused)", language)
    finally:
        context.close()
    assert not failures, "\n".join(failures)
