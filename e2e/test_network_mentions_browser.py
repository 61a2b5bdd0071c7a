"""@mention autocomplete in the browser: typing "@" and letters lists the
cluster's members, the keyboard picks one, the post carries the mention and the
member is told; Escape closes the list; the page has no axe violations with the
list open."""

import re

import pytest
from playwright.sync_api import expect

from .support import axe_violations, share_session, watch

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def thread_page(browser, project_site):
    from tiltas.accounts.tests.factories import UserFactory
    from tiltas.network.tests.cluster_factories import (
        ClusterFactory,
        MembershipFactory,
        PostFactory,
        ThreadFactory,
    )

    cluster = ClusterFactory(name="Skaidrūs pirkimai")
    people = {
        name: MembershipFactory(cluster=cluster, person=UserFactory(full_name=name)).person
        for name in ("Ona Petraitienė", "Petras Petraitis", "Rasa Petrauskaitė")
    }
    UserFactory(full_name="Petrė Neklasterytė")  # not a member: never listed
    thread = ThreadFactory(cluster=cluster, title="Pirkimų planas")
    PostFactory(thread=thread, author=people["Petras Petraitis"])
    context = browser.new_context(base_url=project_site.url)
    context.set_default_timeout(15_000)
    share_session(context, people["Ona Petraitienė"], project_site.url)
    page = watch(context.new_page())
    page.goto(f"/en/network/threads/{thread.pk}/")
    yield page, people
    context.close()


def test_a_member_is_picked_with_the_keyboard_and_told(thread_page):
    from tiltas.notifications.models import Notification

    page, people = thread_page
    text = page.locator("textarea[name=body]")
    text.click()
    page.keyboard.type("Labas @pet")
    options = page.get_by_role("option")
    expect(options).to_have_text(["Petras Petraitis (@petras-petraitis)",
                                  "Rasa Petrauskaitė (@rasa-petrauskaite)"])  # fmt: skip
    expect(page.locator("[aria-live=polite]")).to_have_text(re.compile("^2 people found"))
    expect(options.first).to_have_attribute("aria-selected", "true")
    assert not axe_violations(page), axe_violations(page)
    page.keyboard.press("ArrowDown")
    expect(options.nth(1)).to_have_attribute("aria-selected", "true")
    expect(text).to_have_attribute("aria-activedescendant", options.nth(1).get_attribute("id"))
    page.keyboard.press("Enter")
    expect(page.get_by_role("listbox")).to_be_hidden()
    expect(text).to_have_value("Labas @rasa-petrauskaite ")
    expect(page.locator("[aria-live=polite]")).to_have_text("Mentioned: Rasa Petrauskaitė")
    page.keyboard.type("ar matei?")
    with page.expect_navigation():
        page.get_by_role("button", name="Post the reply").click()
    expect(page.locator("strong", has_text="@rasa-petrauskaite")).to_have_count(1)
    told = Notification.objects.get(kind="network.mention")
    assert told.recipient == people["Rasa Petrauskaitė"]


def test_escape_closes_the_list_and_the_text_stays_as_typed(thread_page):
    page, _people = thread_page
    page.locator("textarea[name=body]").click()
    page.keyboard.type("@ras")
    expect(page.get_by_role("option")).to_have_count(1)
    page.keyboard.press("Escape")
    expect(page.get_by_role("listbox")).to_be_hidden()
    expect(page.locator("textarea[name=body]")).to_have_value("@ras")
    assert not page.csp_errors, page.csp_errors
