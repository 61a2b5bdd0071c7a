"""Following and the activity stream in the browser (issue 11): a member
follows a cluster, a person and an organisation with the buttons on their
pages; what they then do shows on the member's home and stream pages; the
pages have no axe violations in lt, en and nb."""

import pytest

from .support import axe_violations, share_session, watch

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def submit(page, button: str) -> None:
    with page.expect_navigation():
        page.get_by_role("button", name=button).first.click()


def checked(page) -> list[str]:
    assert not page.csp_errors, page.csp_errors
    return axe_violations(page)


def test_follow_then_see_the_stream(browser, project_site, make_user):
    from tiltas.accounts.tests.factories import OrganisationFactory
    from tiltas.network.services.posts import thread_create
    from tiltas.network.services.practices import practice_use_mark
    from tiltas.network.tests.cluster_factories import ClusterFactory, MembershipFactory
    from tiltas.network.tests.factories import PracticeFactory

    bodo = OrganisationFactory(name="Bodø kommune", slug="bodo")
    kari = make_user(full_name="Kari Nordmann", organisation=bodo)
    reader = make_user(full_name="Rūta Narė")
    cluster = ClusterFactory(name="Open procurement", slug="open-procurement")
    MembershipFactory(cluster=cluster, person=kari)
    context = browser.new_context(base_url=project_site.url)
    context.set_default_timeout(30_000)
    share_session(context, reader, project_site.url)
    page = watch(context.new_page())
    try:
        page.goto("/en/me/")
        assert "Nothing new yet." in page.content()
        for address in (
            "/en/network/clusters/open-procurement/",
            "/en/network/organisations/bodo/",
        ):
            page.goto(address)
            assert not checked(page), checked(page)
            submit(page, "Follow")
            assert "You follow it now" in page.content()
            assert not checked(page), checked(page)
        page.goto(f"/en/network/people/{kari.pk}/")
        submit(page, "Follow")
        assert page.get_by_role("button", name="Stop following").count() == 1

        thread_create(cluster=cluster, person=kari, title="Contract data", body="Hei alle!")
        practice_use_mark(actor=kari, practice=PracticeFactory(title="One-stop youth desk"))
        page.goto("/en/me/")
        assert "Kari Nordmann started “Contract data” in Open procurement" in page.content()
        assert not checked(page), checked(page)
        page.get_by_role("link", name="All activity in your network").click()
        page.wait_for_url("**/network/activity/")
        assert "Bodø kommune uses the good practice “One-stop youth desk” too" in page.content()
        for language in ("en", "lt", "nb"):
            page.goto(f"/{language}/network/activity/")
            assert not checked(page), (language, checked(page))
        page.goto("/en/network/clusters/open-procurement/")
        submit(page, "Stop following")
        assert "You no longer follow it." in page.content()
    finally:
        context.close()
