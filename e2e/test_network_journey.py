"""The network in the browser (issue 11): a member joins a cluster and posts with
a mention, the mentioned member is told and flags the reply, a moderator hides
it from the queue; the pages on the way have no axe violations."""

import pytest
from django.utils import translation

from .support import axe_violations, sign_in, watch

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CLUSTER = "/en/network/clusters/demo-open-procurement/"
THREAD = "Sjekkliste for habilitetserklæringer"


def new_page(browser, site):
    context = browser.new_context(base_url=site.url)
    context.set_default_timeout(15_000)
    return context, watch(context.new_page())


def test_join_post_with_a_mention_flag_and_hide(browser, site):
    from tiltas.network.models import Post
    from tiltas.notifications.kinds import registered
    from tiltas.notifications.models import Notification

    contexts = []
    try:
        # Mantas joins the open cluster and replies, mentioning Rasa.
        context, mantas = new_page(browser, site)
        contexts.append(context)
        sign_in(mantas, "member02@demo.tiltas.lt", language="en")
        mantas.goto(CLUSTER)
        with mantas.expect_navigation():
            mantas.get_by_role("button", name="Join the cluster").click()
        assert "you are now a member" in mantas.content()
        with mantas.expect_navigation():
            mantas.get_by_role("link", name=THREAD).click()
        mantas.fill("textarea[name=body]", "@rasa-demonaite could we test this in Pamariai?")
        with mantas.expect_navigation():
            mantas.get_by_role("button", name="Post the reply").click()
        assert mantas.locator("strong", has_text="@rasa-demonaite").count() == 1
        assert not axe_violations(mantas), axe_violations(mantas)
        reply = Post.objects.get(body__startswith="@rasa-demonaite")

        # Rasa is told, and flags the reply for the moderators.
        told = Notification.objects.get(recipient__email="member@demo.tiltas.lt")
        assert told.kind == "network.mention"
        with translation.override("en"):
            message = registered()[told.kind].render(told.params)
        assert message.startswith("Mantas Kazlauskas mentioned you in “Sjekkliste")
        context, rasa = new_page(browser, site)
        contexts.append(context)
        sign_in(rasa, "member@demo.tiltas.lt", language="en")
        rasa.goto(f"/en/network/posts/{reply.pk}/flag/")
        rasa.get_by_label("Off topic").check()
        with rasa.expect_navigation():
            rasa.get_by_role("button", name="Send to the moderators").click()
        assert "the moderators will look at this post" in rasa.content()

        # The cluster's moderator hides it from the queue.
        context, ingrid = new_page(browser, site)
        contexts.append(context)
        sign_in(ingrid, "trainer@demo.tiltas.lt", language="en")
        ingrid.goto("/en/network/moderation/")
        assert not axe_violations(ingrid), axe_violations(ingrid)
        with ingrid.expect_navigation():
            ingrid.locator(
                f"form[action$='/posts/{reply.pk}/moderate/'] button[value=hide]"
            ).click()
        assert "Nothing waits for a moderator" in ingrid.content(), ingrid.locator(
            "main"
        ).inner_text()
        reply.refresh_from_db()
        assert reply.is_hidden
        rasa.goto(f"/en/network/threads/{reply.thread_id}/")
        assert "This post was hidden by a moderator." in rasa.content()
        for page in (mantas, rasa, ingrid):
            assert not page.csp_errors, page.csp_errors
    finally:
        for context in contexts:
            context.close()
