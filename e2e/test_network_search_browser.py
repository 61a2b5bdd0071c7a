"""Network search in the browser (issue 11): a visitor searches from the
directory's box and reads marked results; the results, the empty search and
the overlong one have no axe violations in lt, en and nb."""

import pytest

from .support import axe_violations, watch

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_search_from_the_directory_in_every_language(browser, project_site, make_user):
    from tiltas.network.services.posts import thread_create
    from tiltas.network.tests.cluster_factories import ClusterFactory, MembershipFactory

    author = make_user(full_name="Rūta Narė")
    cluster = ClusterFactory(name="Atviri pirkimai")
    MembershipFactory(cluster=cluster, person=author)
    thread_create(
        cluster=cluster, person=author, title="Sutarčių duomenys", body="Skelbiame CSV formatu."
    )
    context = browser.new_context(base_url=project_site.url)
    context.set_default_timeout(30_000)
    page = watch(context.new_page())
    try:
        page.goto("/en/network/")
        page.get_by_label("Search the network").fill("csv")
        with page.expect_navigation():
            page.get_by_role("button", name="Search").click()
        assert page.locator("mark", has_text="CSV").count() == 1
        assert "Sutarčių duomenys" in page.content()
        for language in ("lt", "en", "nb"):
            for query in ("csv", "", "x" * 201):
                page.goto(f"/{language}/network/search/?q={query}")
                assert axe_violations(page) == [], (language, query)
                assert not page.csp_errors, page.csp_errors
    finally:
        context.close()
