"""The reporting channel in the browser (issue 13), in lt, en and nb: an
anonymous report with an attachment → the case handler acknowledges it and asks
a question → the reporter answers with the receipt code → the handler closes
the case. Every page on the way, the receipt and the reporter's case page
included (answers to POSTs the crawl cannot reach), has no axe violations."""

import io

import pytest
from PIL import Image

from .support import axe_violations, share_session, watch

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _png() -> dict:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "green").save(buffer, format="PNG")
    return {"name": "minutes.png", "mimeType": "image/png", "buffer": buffer.getvalue()}


def _submit(page, selector: str) -> None:
    with page.expect_navigation():
        page.locator(selector).click()


def _clean(page, failures: list[str], where: str) -> None:
    failures += [f"{where}: {line}" for line in axe_violations(page)]
    failures += [f"{where}: {error}" for error in page.csp_errors]
    page.csp_errors.clear()


@pytest.mark.parametrize("language", ["lt", "en", "nb"])
def test_report_acknowledge_question_answer_close(browser, project_site, language):
    from tiltas.accounts.tests.factories import OrganisationFactory
    from tiltas.whistleblowing.tests.factories import officer_of

    organisation = OrganisationFactory(name="Demo savivaldybė")
    officer = officer_of(organisation, preferred_language=language)
    failures: list[str] = []
    reporter_context = browser.new_context(base_url=project_site.url)
    officer_context = browser.new_context(base_url=project_site.url)
    share_session(officer_context, officer, project_site.url)
    reporter, handler = watch(reporter_context.new_page()), watch(officer_context.new_page())
    try:
        reporter.goto(f"/{language}/report/")
        _clean(reporter, failures, "report form")
        reporter.select_option("select[name=organisation]", label=organisation.name)
        reporter.fill("textarea[name=what]", "The contract went to the mayor's cousin.")
        reporter.set_input_files("input[name=attachments]", [_png()])
        _submit(reporter, "main form button[type=submit]")
        code = reporter.locator(".wb-code code").inner_text().strip()
        assert len(code) == 44, code
        _clean(reporter, failures, "receipt")

        handler.goto(f"/{language}/report/cases/")
        _clean(handler, failures, "case list")
        _submit(handler, "main table a")
        assert "mayor's cousin" in handler.content()
        _clean(handler, failures, "officer's case page")
        _submit(handler, "form[action$='/acknowledge/'] button")
        handler.fill("textarea[name=body]", "Which contract number was it?")
        handler.check("input[name=is_question]")
        _submit(handler, "form[action$='/message/'] button")

        reporter.goto(f"/{language}/report/case/")
        _clean(reporter, failures, "code form")
        reporter.fill("input[name=code]", code.lower())
        _submit(reporter, "main form button[type=submit]")
        assert "Which contract number was it?" in reporter.content()
        _clean(reporter, failures, "reporter's case page")
        reporter.fill("textarea[name=body]", "Contract 2026/17.")
        _submit(reporter, "main form[enctype] button[type=submit]")
        assert "Contract 2026/17." in reporter.content()

        handler.reload()
        assert "Contract 2026/17." in handler.content()
        handler.select_option("select[name=outcome]", "referred")
        handler.fill("textarea[name=message]", "Referred to the prosecutor.")
        _submit(handler, "form[action$='/close/'] button")
        assert "form[action$='/close/']" and not handler.locator("form[action$='/close/']").count()
        _clean(handler, failures, "closed case")
    finally:
        reporter_context.close()
        officer_context.close()
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("language", ["lt", "en", "nb"])
def test_the_case_handlers_page_has_no_axe_violations(browser, project_site, make_user, language):
    from tiltas.accounts.tests.factories import OrganisationFactory
    from tiltas.core.roles import Role
    from tiltas.whistleblowing.tests.factories import officer_of

    officer_of(OrganisationFactory())
    make_user(role=Role.INTEGRITY_OFFICER)
    context = browser.new_context(base_url=project_site.url)
    share_session(context, make_user(role=Role.COORDINATOR), project_site.url)
    page = watch(context.new_page())
    failures: list[str] = []
    try:
        page.goto(f"/{language}/report/handlers/")
        _clean(page, failures, "case handlers")
    finally:
        context.close()
    assert not failures, "\n".join(failures)
