"""Certificates in a real browser (issue 14).

A member finishes a programme through the pages; the certificate appears in
their lifelong-learning record; its PDF downloads, and the check address it
prints beside the QR code (the QR code holds the same address) opens the
public verification page, which says it is valid. Then axe-core (WCAG 2.1
A/AA) on every credentials page in lt, en and nb, with content: the record
with a certificate, the check page valid, revoked and not found, the check
form, the coordinators' list and detail, the results page's certificates."""

import io
import re

import pytest
from django.test import override_settings
from django.utils import translation
from pypdf import PdfReader

from tiltas.accounts.tests.factories import PASSWORD

from .support import axe_violations, share_session, sign_in, watch

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LANGUAGES = ["lt", "en", "nb"]


def t(language: str, message: str) -> str:
    with translation.override(language):
        return translation.gettext(message)


@pytest.fixture
def site(live_server, tmp_path):
    """People, an issuer, a signatory and a one-lesson programme; the check
    address printed on certificates is the live server's."""
    from tiltas.credentials.tests.factories import issuer_and_signatory

    with override_settings(MEDIA_ROOT=tmp_path, TILTAS_BASE_URL=live_server.url):
        issuer_and_signatory()
        yield live_server


def new_page(browser, site):
    context = browser.new_context(
        base_url=site.url, viewport={"width": 1280, "height": 900}, accept_downloads=True
    )
    context.set_default_timeout(30_000)  # the PDF is drawn while the page waits
    return context, watch(context.new_page())


def click_and_wait(page, locator) -> None:
    with page.expect_navigation():
        locator.click()


def test_finishing_a_programme_earns_a_certificate_that_checks_out_from_its_qr_url(browser, site):
    from tiltas.accounts.tests.factories import UserFactory
    from tiltas.core.roles import Role
    from tiltas.credentials.models import Certificate
    from tiltas.credentials.tests.factories import programme_with_competency

    lt = "lt"
    programme, lesson = programme_with_competency(title="Socialinės klasterystės pagrindai")
    member = UserFactory(role=Role.MEMBER, full_name="Rūta Naujokė", preferred_language="lt")
    context, page = new_page(browser, site)
    try:
        sign_in(page, member.email, PASSWORD)
        assert "/accounts/login/" not in page.url

        page.goto(f"/lt/programmes/{programme.slug}/")
        click_and_wait(page, page.get_by_role("button", name=t(lt, "Enrol")))
        page.goto(f"/lt/programmes/{programme.slug}/learn/lessons/{lesson.pk}/")
        click_and_wait(page, page.get_by_role("button", name=t(lt, "Mark as completed and go on")))

        # The certificate appears in the lifelong-learning record.
        page.goto("/lt/learn/record/")
        certificate = Certificate.objects.get(person=member)
        table = page.get_by_role("table", name=t(lt, "My certificates"))
        row = table.locator("tbody tr").filter(has_text=certificate.number)
        assert row.count() == 1
        assert "Socialinės klasterystės pagrindai" in row.inner_text()
        assert not axe_violations(page), axe_violations(page)

        # Its PDF, and the check address printed beside the QR code.
        with page.expect_download() as download:
            row.get_by_role("link", name=re.compile(r"^PDF")).click()
        with open(download.value.path(), "rb") as pdf:
            text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.read())).pages)
        assert "Rūta Naujokė" in text
        checked = re.search(r"(https?://\S+/verify/\S+/)", text)
        assert checked, text
        assert checked.group(1) == f"{site.url}/lt/verify/{certificate.number}/"

        # Anyone opens it: valid, with the holder, achievement and issuer.
        context.clear_cookies()
        page.goto(checked.group(1))
        main = page.get_by_role("main").inner_text()
        assert "Rūta Naujokė" in main
        assert "Socialinės klasterystės pagrindai" in main
        assert "Vidaus reikalų ministerija" in main
        assert member.email not in page.content()
        assert not axe_violations(page), axe_violations(page)
        assert not page.csp_errors, page.csp_errors
    finally:
        context.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_credentials_pages_with_content_have_no_axe_violations(browser, site, language):
    from tiltas.accounts.tests.factories import UserFactory
    from tiltas.core.roles import Role
    from tiltas.credentials.models import Certificate
    from tiltas.credentials.services import certificate_revoke
    from tiltas.credentials.tests.factories import (
        complete_programme,
        new_person,
        programme_with_competency,
    )

    member = UserFactory(role=Role.MEMBER, preferred_language=language)
    coordinator = UserFactory(role=Role.COORDINATOR)
    programme, lesson = programme_with_competency(title="Socialinės klasterystės pagrindai")
    complete_programme(member, programme, lesson)
    other = new_person(sex="female", country="NO")
    second, second_lesson = programme_with_competency(title="Antra programa", level=2)
    complete_programme(other, second, second_lesson)
    valid = Certificate.objects.get(person=member)
    revoked = certificate_revoke(
        certificate=Certificate.objects.get(person=other), reason="Klaida", actor=coordinator
    )
    pages = {
        "public": [
            f"/{language}/verify/",
            f"/{language}/verify/{valid.number}/",
            f"/{language}/verify/{revoked.number}/",
            f"/{language}/verify/ZZZZ-ZZZZ-ZZZZ-ZZZZ/",
            f"/{language}/verify/?number=nonsense",
            f"/{language}/results/",
        ],
        "member": [f"/{language}/learn/record/"],
        "coordinator": [
            f"/{language}/manage/certificates/",
            f"/{language}/manage/certificates/{valid.pk}/",
            f"/{language}/manage/certificates/{revoked.pk}/",
            f"/{language}/manage/certificates/signatory/",
        ],
    }
    failures = []
    for who, urls in pages.items():
        context = browser.new_context(base_url=site.url, viewport={"width": 1280, "height": 900})
        if who != "public":
            share_session(context, member if who == "member" else coordinator, site.url)
        page = watch(context.new_page())
        for url in urls:
            page.goto(url)
            assert page.get_attribute("html", "lang") == language
            failures += [f"{url}: {line}" for line in axe_violations(page)]
            failures += [f"{url}: {error}" for error in page.csp_errors]
            page.csp_errors.clear()
        context.close()
    assert not failures, "\n".join(failures)
