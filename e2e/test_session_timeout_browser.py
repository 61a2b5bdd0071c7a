"""The warning before an idle session ends (WCAG 2.2.1, SECURITY.md AX-2), in
a real browser with its clock run forward: it comes two minutes before the
end, "Stay signed in" renews the session without leaving the page, and an
ended session says so with the way back in. Under the real CSP."""

import pytest

from .support import axe_violations, share_session, watch

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_idle_warning_lets_the_person_continue(browser, project_site, make_user):
    from django.contrib.sessions.models import Session

    member = make_user()
    context = browser.new_context(base_url=project_site.url)
    share_session(context, member, project_site.url)
    page = watch(context.new_page())
    page.clock.install()
    try:
        page.goto("/en/me/profile/")
        dialog = page.get_by_role("alertdialog")
        page.clock.run_for("27:00")
        assert not dialog.is_visible()
        page.clock.run_for("01:30")  # two minutes before the end
        assert dialog.is_visible()
        assert "signed out in less than two minutes" in dialog.inner_text()
        stay = dialog.get_by_role("button", name="Stay signed in")
        assert page.evaluate("document.activeElement.textContent.trim()") == "Stay signed in"
        assert not axe_violations(page), axe_violations(page)

        [session] = Session.objects.all()
        expiry = session.expire_date
        with page.expect_response(lambda response: "/me/session/" in response.url) as renewed:
            stay.click()
        assert renewed.value.status == 200
        dialog.wait_for(state="hidden")
        assert page.url.endswith("/en/me/profile/")  # the page stays, with what was typed
        assert Session.objects.get().expire_date > expiry

        page.clock.run_for("28:30")
        assert dialog.is_visible()  # warned again before the renewed end
        page.clock.run_for("02:00")
        ended = dialog.get_by_role("link", name="Sign in again")
        assert ended.is_visible() and "You have been signed out" in dialog.inner_text()
        assert "next=/en/me/profile/" in ended.get_attribute("href")
        assert not axe_violations(page), axe_violations(page)
        assert not page.csp_errors, page.csp_errors
    finally:
        context.close()


def test_a_renewal_in_another_tab_keeps_this_one_from_warning(browser, project_site, make_user):
    member = make_user()
    context = browser.new_context(base_url=project_site.url)
    share_session(context, member, project_site.url)
    first, second = watch(context.new_page()), watch(context.new_page())
    first.clock.install()
    try:
        first.goto("/en/me/profile/")
        first.clock.run_for("20:00")
        second.goto("/en/me/data/")  # the person works on in another tab
        first.clock.run_for("09:00")  # 29 minutes on the first tab's clock
        assert not first.get_by_role("alertdialog").is_visible()
    finally:
        context.close()
