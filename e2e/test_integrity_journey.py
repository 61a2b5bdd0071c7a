"""The transparency guide in the browser (issue 12): a coordinator opens the
consultation, a member comments on a section, the editor publishes version 2,
and the public sees the changes and downloads the PDF; the guide's pages
and the measures catalogue, accountability, recording and risk-register pages have no axe
violations in lt, en and nb."""

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


def test_consultation_comment_publication_diff_and_pdf(browser, project_site, make_user):
    from tiltas.core.roles import Role

    coordinator = make_user(role=Role.COORDINATOR)
    member = make_user(role=Role.MEMBER, full_name="Rūta Narė")
    editor_context, editor = signed_in_page(browser, project_site, coordinator)
    member_context, reader = signed_in_page(browser, project_site, member)
    public_context = browser.new_context(base_url=project_site.url)
    public = watch(public_context.new_page())
    try:
        editor.goto("/en/manage/integrity/guide/")
        submit(editor, "Open the consultation")
        assert "Open for consultation" in editor.content()

        reader.goto("/en/integrity/guide/consultation/")
        assert not axe_violations(reader), axe_violations(reader)
        reader.get_by_label("Your comment on this section").first.fill("Please add an example.")
        submit(reader, "Publish the comment")
        assert "Please add an example." in reader.content()

        # The editor rewrites the first section and publishes version 2.
        editor.goto("/en/manage/integrity/guide/")
        editor.locator("main ul li a").first.click()
        editor.wait_for_load_state()
        editor.locator("textarea[name=body_en]").fill("Transparency starts at home.")
        submit(editor, "Save")
        editor.goto("/en/manage/integrity/guide/publish/")
        editor.locator("textarea[name=change_log_lt]").fill("Perrašytas 1.1 skirsnis.")
        editor.locator("textarea[name=change_log_en]").fill("Section 1.1 rewritten.")
        submit(editor, "Publish")
        assert "Version 2 is published" in editor.content()

        public.goto("/en/integrity/guide/versions/")
        assert "Section 1.1 rewritten." in public.content()
        submit(public, "Show the changes")
        diff = public.locator("main").inner_text()
        assert "From version 1 to version 2" in diff
        assert "Transparency starts at home." in public.locator(".diff-added").all_inner_texts()[0]
        assert not axe_violations(public), axe_violations(public)

        public.goto("/en/integrity/guide/")
        with public.expect_download() as download:
            public.get_by_role("link", name="Download as PDF").click()
        with open(download.value.path(), "rb") as pdf:
            assert pdf.read(5) == b"%PDF-"
        assert not public.csp_errors, public.csp_errors
    finally:
        editor_context.close()
        member_context.close()
        public_context.close()


@pytest.mark.parametrize("language", ["lt", "en", "nb"])
def test_the_guide_pages_have_no_axe_violations(page, site, language):
    failures = []
    for path in (
        "integrity/guide/",
        "integrity/guide/versions/",
        "integrity/guide/versions/1/",
        "integrity/guide/changes/?old=1&new=2",
        "integrity/guide/consultation/",
        "integrity/measures/",
        "integrity/measures/?kind=detect&area=social_services",
        "integrity/measures/four-eyes-procurement/",
        "integrity/adoption/",
        "integrity/adoption/pamariu-savivaldybe-demo/",
    ):
        page.goto(f"/{language}/{path}")
        failures += [f"{path}: {line}" for line in axe_violations(page)]
        assert page.get_attribute("html", "lang") == language
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("language", ["lt", "en", "nb"])
def test_the_editors_pages_have_no_axe_violations(browser, site, make_user, language):
    from tiltas.core.roles import Role
    from tiltas.integrity.models import Adoption, Comment, Risk, Section

    context, editor = signed_in_page(browser, site, make_user(role=Role.COORDINATOR))
    section = Section.objects.order_by("id").first()
    comment = Comment.objects.order_by("id").first()
    adoption = Adoption.objects.order_by("id").first()
    risk = Risk.objects.filter(organisation__slug="pamariu-savivaldybe-demo").first()
    failures = []
    try:
        for path in (
            "manage/integrity/guide/",
            "manage/integrity/guide/chapters/new/",
            f"manage/integrity/guide/chapters/{section.chapter_id}/",
            f"manage/integrity/guide/chapters/{section.chapter_id}/sections/new/",
            f"manage/integrity/guide/sections/{section.pk}/",
            f"manage/integrity/guide/comments/{comment.pk}/answer/",
            "manage/integrity/guide/publish/",
            "manage/integrity/measures/",
            "manage/integrity/measures/new/",
            f"manage/integrity/measures/{adoption.measure_id}/",
            "manage/integrity/adoptions/",
            f"manage/integrity/adoptions/{adoption.pk}/",
            "manage/integrity/adoptions/import/",
            "manage/integrity/risks/",
            "manage/integrity/risks/pamariu-savivaldybe-demo/",
            "manage/integrity/risks/pamariu-savivaldybe-demo/new/",
            f"manage/integrity/risks/pamariu-savivaldybe-demo/{risk.pk}/",
        ):
            editor.goto(f"/{language}/{path}")
            failures += [f"{path}: {line}" for line in axe_violations(editor)]
    finally:
        context.close()
    assert not failures, "\n".join(failures)
