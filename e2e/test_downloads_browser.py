"""Downloads behind the password check, in a real browser (everyday-use issue,
item 1): the member's "Download my data" shows the password form instead of
saving it as a file, and after the check the member and the coordinator get
the file and a page that says so, not the password form again."""

import json
import zipfile

import pytest

from .support import DEMO_PASSWORD, axe_violations, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def confirm_password_and_download(page):
    assert "/accounts/reauthenticate/" in page.url  # the form, not a saved file
    page.fill("input[name=password]", DEMO_PASSWORD)
    with page.expect_download() as download:
        page.press("input[name=password]", "Enter")
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Your download"
    assert not page.locator("input[name=password]").count()
    assert not axe_violations(page), axe_violations(page)
    assert not page.csp_errors, page.csp_errors
    return download.value


def read_my_data(path) -> dict:
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            return json.loads(archive.read("tiltas-my-data.json"))
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def test_a_member_downloads_their_data_after_the_password_check(page):
    sign_in(page, "member@demo.tiltas.lt", language="en")
    page.goto("/en/me/data/")
    with page.expect_navigation():
        page.get_by_role("link", name="Download my data").click()
    saved = confirm_password_and_download(page)
    data = read_my_data(saved.path())
    assert data["sources"]["accounts"]["person"]["email"] == "member@demo.tiltas.lt"
    with page.expect_navigation():
        page.get_by_role("link", name="Back to the page you came from").click()
    assert page.url.endswith("/en/me/data/")


def test_a_coordinator_gets_the_participant_list_after_the_password_check(page):
    from tiltas.events.models import Event

    event = Event.objects.filter(registrations__isnull=False).distinct().first()
    sign_in(page, "coordinator@demo.tiltas.lt", language="en")
    page.goto(f"/en/manage/events/{event.pk}/")
    with page.expect_navigation():
        page.get_by_role("link", name="Participants (CSV)").click()
    saved = confirm_password_and_download(page)
    assert saved.suggested_filename.endswith(".csv")
    with open(saved.path(), encoding="utf-8-sig") as csv:
        assert len(csv.read().splitlines()) >= 2  # the header and the participants
