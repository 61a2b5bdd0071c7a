"""People and good practices in the browser (issue 11): a member chooses who
sees their profile and shares a good practice; another member comments and
says their organisation uses it too; the author sees the notification; the
pages have no axe violations in lt, en and nb."""

import pytest

from .support import axe_violations, share_session, watch

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def signed_in_page(browser, server, user):
    context = browser.new_context(base_url=server.url)
    context.set_default_timeout(30_000)
    share_session(context, user, server.url)
    return context, watch(context.new_page())


def submit(page, button: str) -> None:
    with page.expect_navigation():
        page.get_by_role("button", name=button).first.click()


def checked(page) -> list[str]:
    assert not page.csp_errors, page.csp_errors
    return axe_violations(page)


def test_profile_privacy_practice_comment_and_use(browser, project_site, make_user):
    from tiltas.accounts.tests.factories import OrganisationFactory
    from tiltas.notifications.models import Notification

    author = make_user(full_name="Rūta Narė", organisation=OrganisationFactory(name="Jonava"))
    reader = make_user(full_name="Kari Nordmann", organisation=OrganisationFactory(name="Bodø"))
    author_context, writer = signed_in_page(browser, project_site, author)
    reader_context, other = signed_in_page(browser, project_site, reader)
    public_context = browser.new_context(base_url=project_site.url)
    public = watch(public_context.new_page())
    try:
        # The author makes their position public and writes about themselves.
        writer.goto("/en/network/profile/")
        assert not checked(writer), checked(writer)
        writer.get_by_label("About me").fill("I work on youth services.")
        writer.locator("input[name=position_visibility][value=public]").check()
        submit(writer, "Save")
        assert "Your network profile is saved." in writer.content()
        public.goto(f"/en/network/people/{author.pk}/")
        assert "Rūta Narė" in public.content()
        assert "I work on youth services." not in public.content()

        # The author shares a practice.
        writer.goto("/en/network/practices/new/")
        assert not checked(writer), checked(writer)
        writer.get_by_label("Title").fill("One-stop youth desk")
        writer.get_by_label("The problem").fill("Young people did not find services.")
        writer.get_by_label("The solution").fill("A desk in every ward.")
        writer.get_by_label("Tags").fill("youth, wards")
        writer.locator("select[name=theme]").select_option(index=0)
        writer.locator("input[name=status][value=published]").check()
        submit(writer, "Save")
        assert "The good practice is saved." in writer.content()
        practice_url = writer.url

        # Another member comments and marks it used; the author is told.
        other.goto(practice_url)
        assert not checked(other), checked(other)
        other.get_by_label("Your comment").fill("We do the same in Bodø.")
        submit(other, "Comment")
        submit(other, "My organisation uses this too")
        assert "Your organisation now says it uses this too." in other.content()
        public.goto(practice_url)
        assert "Bodø" in public.content()
        assert "We do the same in Bodø." not in public.content()  # comments are for members
        assert Notification.objects.filter(recipient=author).count() == 1

        for language in ("lt", "en", "nb"):
            for path in ("network/people/", "network/practices/", "network/profile/"):
                other.goto(f"/{language}/{path}")
                assert not checked(other), (language, path, checked(other))
            other.goto(practice_url.replace("/en/", f"/{language}/"))
            assert not checked(other), (language, checked(other))
    finally:
        author_context.close()
        reader_context.close()
        public_context.close()
