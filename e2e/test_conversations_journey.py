"""Private conversations in the browser (issue 11): a member starts a
conversation, the other sees the unread count in the header and replies; once
blocked, the first cannot write again. The pages on the way have no axe
violations, in English and Lithuanian."""

import pytest

from .support import axe_violations, sign_in, watch

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

MANTAS = "member02@demo.tiltas.lt"
RASA = "member@demo.tiltas.lt"


def messages_link(page):
    """The header's link to the conversations (pages have a "Messages" link of their own)."""
    return page.locator(".account-nav").get_by_role("link", name="Messages")


def new_page(browser, site):
    context = browser.new_context(base_url=site.url)
    context.set_default_timeout(15_000)
    return context, watch(context.new_page())


def test_start_read_the_unread_count_reply_and_block(browser, site):
    from tiltas.accounts.models import User
    from tiltas.network.models import Conversation, Message

    mantas_id = User.objects.get(email=MANTAS).pk
    contexts = []
    try:
        # Mantas writes to Rasa by her handle.
        context, mantas = new_page(browser, site)
        contexts.append(context)
        sign_in(mantas, MANTAS, language="en")
        mantas.goto("/en/network/conversations/")
        assert not axe_violations(mantas), axe_violations(mantas)
        with mantas.expect_navigation():
            mantas.get_by_role("link", name="New conversation").click()
        assert not axe_violations(mantas), axe_violations(mantas)
        mantas.get_by_label("To").fill("@rasa-demonaite")
        mantas.get_by_label("Message").fill("Could we **compare** our checklists?")
        with mantas.expect_navigation():
            mantas.get_by_role("button", name="Send").click()
        assert mantas.locator("strong", has_text="compare").count() == 1
        assert not axe_violations(mantas), axe_violations(mantas)
        conversation = Conversation.objects.get()

        # Rasa sees one conversation with unread messages in the header, and replies.
        context, rasa = new_page(browser, site)
        contexts.append(context)
        sign_in(rasa, RASA, language="en")
        rasa.goto("/en/network/")
        header = messages_link(rasa)
        assert "1 conversation with unread messages" in header.inner_text()
        with rasa.expect_navigation():
            header.click()
        assert "1 unread message" in rasa.locator("main").inner_text()
        with rasa.expect_navigation():
            rasa.get_by_role("link", name="Mantas Kazlauskas").first.click()
        assert "compare" in rasa.locator("main").inner_text()
        rasa.get_by_label("Message").fill("Yes, on Monday.")
        with rasa.expect_navigation():
            rasa.get_by_role("button", name="Send").click()
        assert "Yes, on Monday." in rasa.locator("main").inner_text()
        assert "unread messages" not in messages_link(rasa).inner_text()
        rasa.goto(f"/lt/network/conversations/{conversation.pk}/")
        assert not axe_violations(rasa), axe_violations(rasa)

        # Mantas is told in the header; then Rasa blocks him from his profile.
        mantas.goto("/en/network/conversations/")
        assert "1 conversation with unread messages" in messages_link(mantas).inner_text()
        rasa.goto(f"/en/network/people/{mantas_id}/")
        with rasa.expect_navigation():
            rasa.get_by_role("button", name="Block this person").click()
        assert "You blocked Mantas Kazlauskas" in rasa.content()
        assert not axe_violations(rasa), axe_violations(rasa)

        # Mantas can no longer write to her: a new conversation is refused.
        mantas.goto("/en/network/conversations/new/")
        mantas.get_by_label("To").fill("@rasa-demonaite")
        mantas.get_by_label("Message").fill("Hello again")
        with mantas.expect_navigation():
            mantas.get_by_role("button", name="Send").click()
        assert "You cannot message this person: Rasa Demonaitė." in mantas.content()
        assert mantas.get_by_label("Message").input_value() == "Hello again"
        assert not axe_violations(mantas), axe_violations(mantas)
        assert Message.objects.count() == 2
        for page in (mantas, rasa):
            assert not page.csp_errors, page.csp_errors
    finally:
        for context in contexts:
            context.close()
