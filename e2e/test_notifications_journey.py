"""Notifications in the browser (issue 11): a member sees the unread count in
the header, opens a notification (it is marked read and leads to its page),
marks the rest read, chooses weekly digests, and someone stops e-mails from
the link in an e-mail without signing in; the list with unread and read
notifications, the preferences, the unsubscribe pages and the broken-link
page have no axe violations in lt, en and nb."""

import re

import pytest

from .support import axe_violations, share_session, watch

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LANGUAGES = ["lt", "en", "nb"]


def unread(count: int) -> re.Pattern:
    """The header link's accessible name: "Notifications (3 unread)"."""
    return re.compile(rf"^Notifications \(\s*{count} unread\s*\)$")


@pytest.fixture(autouse=True)
def _test_kinds(monkeypatch):
    from tiltas.notifications import kinds
    from tiltas.notifications.tests.kinds import TEST_KINDS

    monkeypatch.setattr(kinds, "registered", lambda: dict(TEST_KINDS))


def _tell(member, what: str, url: str = "/en/events/") -> None:
    from tiltas.notifications import services

    services.notify(
        recipients=[member], kind="test.said", url=url, params={"who": "Ona", "what": what}
    )


def test_reading_notifications_choosing_digests_and_unsubscribing(browser, project_site, make_user):
    from tiltas.notifications.models import DeliveryPreference
    from tiltas.notifications.unsubscribe import token_for

    member = make_user(full_name="Rūta Narė")
    for what in ("hello", "a new thread", "a reply"):
        _tell(member, what)
    context = browser.new_context(base_url=project_site.url)
    context.set_default_timeout(30_000)
    share_session(context, member, project_site.url)
    page = watch(context.new_page())
    anonymous = browser.new_context(base_url=project_site.url)
    outsider = watch(anonymous.new_page())
    failures = []
    try:
        page.goto("/en/me/")
        header = page.get_by_role("link", name=unread(3))
        assert header.is_visible(), page.locator(".account-nav").aria_snapshot()
        with page.expect_navigation():
            header.click()
        with page.expect_navigation():
            page.get_by_role("button", name="Ona said a reply", exact=True).click()
        assert page.url.endswith("/en/events/")
        assert page.get_by_role("link", name=unread(2)).is_visible()

        for language in LANGUAGES:
            page.goto(f"/{language}/notifications/")
            failures += [f"list {language}: {line}" for line in axe_violations(page)]
            page.goto(f"/{language}/notifications/e-mail/")
            failures += [f"preferences {language}: {line}" for line in axe_violations(page)]
            outsider.goto(f"/{language}/notifications/unsubscribe/{token_for(member.pk)}/")
            failures += [f"unsubscribe {language}: {line}" for line in axe_violations(outsider)]
            outsider.goto(f"/{language}/notifications/unsubscribe/not-a-token/")
            failures += [f"bad link {language}: {line}" for line in axe_violations(outsider)]

        page.goto("/en/notifications/")
        with page.expect_navigation():
            page.get_by_role("button", name="Mark all as read").click()
        assert not page.get_by_role("link", name=unread(2)).count()

        page.goto("/en/notifications/e-mail/")
        page.get_by_label("Weekly digest").check()
        with page.expect_navigation():
            page.get_by_role("button", name="Save").click()
        assert "Your e-mail preferences are saved." in page.content()
        assert DeliveryPreference.objects.get(person=member).delivery == "weekly"

        outsider.goto(f"/en/notifications/unsubscribe/{token_for(member.pk)}/")
        with outsider.expect_navigation():
            outsider.get_by_role("button", name="Stop these e-mails").click()
        assert "you will get no more notification e-mails" in outsider.content()
        failures += [f"unsubscribed: {line}" for line in axe_violations(outsider)]
        assert DeliveryPreference.objects.get(person=member).delivery == "off"
    finally:
        context.close()
        anonymous.close()
    assert not failures, "\n".join(failures)
