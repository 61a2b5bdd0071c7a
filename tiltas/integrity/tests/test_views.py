"""The guide's pages: who reaches what (beyond the site-wide permission
matrix: objects named in URLs, the consultation's state), the consultation
journey through forms, the version check in the form, and query budgets."""

import pytest
from django.urls import reverse
from django.utils import translation

from tiltas.core.roles import Role
from tiltas.integrity.models import Chapter, Comment, GuideState, Section
from tiltas.integrity.services import comment_add, guide_move

from .factories import first_section, the_guide

pytestmark = pytest.mark.django_db

ALL_ROLES = ["anonymous", *Role.values]
EDITORS = {Role.COORDINATOR, Role.INTEGRITY_OFFICER, Role.ADMINISTRATOR}
PUBLISHERS = {Role.COORDINATOR, Role.ADMINISTRATOR}


def url(name: str, language: str = "en", **kwargs) -> str:
    with translation.override(language):
        return reverse(f"integrity:{name}", kwargs=kwargs)


@pytest.mark.parametrize("language", ["lt", "en", "nb"])
def test_anyone_reads_the_published_guide_in_their_language(client, language):
    the_guide()
    page = client.get(url("guide", language)).content.decode()
    expected = {
        "lt": "Interesų konfliktai",
        "en": "Conflicts of interest",
        "nb": "Interessekonflikter",
    }
    assert expected[language] in page
    assert 'media="print"' in page  # the print stylesheet
    assert client.get(url("versions", language)).status_code == 200


@pytest.mark.parametrize("role", ALL_ROLES)
def test_who_reaches_the_editors_pages(role_client, role):
    guide = the_guide()
    section = first_section(guide)
    client = role_client(role)
    pages = [
        url("manage_guide"),
        url("manage_chapter_create"),
        url("manage_chapter_edit", pk=section.chapter_id),
        url("manage_section_edit", pk=section.pk),
        url("manage_section_create", pk=section.chapter_id),
    ]
    for page in pages:
        status = client.get(page).status_code
        if role == "anonymous":
            assert status == 302, page
        else:
            assert status == (200 if role in EDITORS else 403), (page, status)
    publish = client.get(url("manage_publish")).status_code
    assert publish == (302 if role == "anonymous" else 200 if role in PUBLISHERS else 403)


def test_ids_that_do_not_exist_are_not_found(role_client):
    the_guide()
    client = role_client(Role.COORDINATOR)
    assert client.get(url("manage_section_edit", pk=99999)).status_code == 404
    assert client.get(url("manage_chapter_edit", pk=99999)).status_code == 404
    assert client.get(url("manage_comment_answer", pk=99999)).status_code == 404
    assert client.get(url("version", number=7)).status_code == 404


def test_no_comment_on_a_section_while_the_consultation_is_closed(role_client):
    section = first_section(the_guide())
    response = role_client(Role.MEMBER).post(url("comment", pk=section.pk), {"body": "Ką manote?"})
    assert response.status_code == 404
    assert not Comment.objects.exists()


def test_anonymous_visitors_read_the_consultation_and_are_asked_to_sign_in(client, coordinator):
    guide = guide_move(guide=the_guide(), actor=coordinator, to=GuideState.CONSULTATION)
    page = client.get(url("consultation")).content.decode()
    assert "Sign in to comment" in page
    assert "<textarea" not in page
    section = first_section(guide)
    response = client.post(url("comment", pk=section.pk), {"body": "x"})
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_a_member_comments_and_an_editor_answers(client, make_user, coordinator):
    guide = guide_move(guide=the_guide(), actor=coordinator, to=GuideState.CONSULTATION)
    section = first_section(guide)
    member = make_user(role=Role.MEMBER, full_name="Rūta Narė")
    client.force_login(member)
    empty = client.post(url("comment", pk=section.pk), {"body": "   "})
    assert empty.status_code == 400
    assert "This field is required." in empty.content.decode()
    response = client.post(url("comment", pk=section.pk), {"body": "Trūksta pavyzdžio."})
    assert response.status_code == 302
    comment = Comment.objects.get()
    page = client.get(url("consultation")).content.decode()
    assert "Trūksta pavyzdžio." in page and "Rūta Narė" in page

    client.force_login(coordinator)
    assert "Trūksta pavyzdžio." in client.get(url("manage_guide")).content.decode()
    client.post(url("manage_comment_answer", pk=comment.pk), {"answer": "Pridėsime."})
    page = client.get(url("consultation")).content.decode()
    assert "Pridėsime." in page


def test_the_second_editor_keeps_the_typed_text_when_refused(
    client, coordinator, integrity_officer
):
    section = first_section(the_guide())
    client.force_login(coordinator)
    form = {
        f"{name}_{code}": getattr(section, f"{name}_{code}")
        for name in ("title", "body")
        for code in ("lt", "en", "nb")
    }
    first = client.post(
        url("manage_section_edit", pk=section.pk),
        {**form, "body_en": "Text of the first editor.", "revision": section.revision},
    )
    assert first.status_code == 302
    client.force_login(integrity_officer)
    second = client.post(
        url("manage_section_edit", pk=section.pk),
        {**form, "body_en": "Text of the second editor.", "revision": section.revision},
    )
    page = second.content.decode()
    assert second.status_code == 409
    assert "Someone else saved this section" in page
    assert "Text of the second editor." in page  # kept in the form
    assert "Text of the first editor." in page  # the current text shown below
    section.refresh_from_db()
    assert section.body_en == "Text of the first editor."
    # Saving again from that form, having seen the other text, goes through.
    third = client.post(
        url("manage_section_edit", pk=section.pk),
        {**form, "body_en": "Both texts merged.", "revision": section.revision},
    )
    assert third.status_code == 302
    section.refresh_from_db()
    assert section.body_en == "Both texts merged."


def test_the_coordinator_publishes_through_the_form(client, coordinator):
    guide = guide_move(guide=the_guide(), actor=coordinator, to=GuideState.CONSULTATION)
    client.force_login(coordinator)
    missing = client.post(url("manage_publish"), {"change_log_en": "Only English"})
    assert missing.status_code == 200
    assert "Only English" in missing.content.decode()  # kept
    client.post(url("manage_publish"), {"change_log_lt": "Antra versija", "change_log_en": "v2"})
    assert guide.versions.count() == 2
    page = client.get(url("diff") + "?old=1&new=2").content.decode()
    assert "From version 1 to version 2" in page


def test_the_diff_form_refuses_the_same_version_twice(client, coordinator):
    the_guide()
    page = client.get(url("diff") + "?old=1&new=1").content.decode()
    assert "Select a valid choice" in page or "Choose two different versions" in page


def _grow(guide, times: int, author) -> None:
    for n in range(times):
        chapter = Chapter.objects.create(guide=guide, position=100 + n, title_lt=f"Skyrius {n}")
        for m in range(3):
            section = Section.objects.create(
                chapter=chapter, position=m, title_lt=f"Skirsnis {m}", body_lt="Tekstas"
            )
            comment_add(section=section, author=author, body="Komentaras")


@pytest.mark.parametrize("times", [1, 10])
def test_the_consultation_and_the_editors_page_have_a_query_budget(
    client, coordinator, member, times, django_assert_max_num_queries
):
    guide = guide_move(guide=the_guide(), actor=coordinator, to=GuideState.CONSULTATION)
    _grow(guide, times, member)
    client.force_login(coordinator)
    with django_assert_max_num_queries(14):
        assert client.get(url("consultation")).status_code == 200
    with django_assert_max_num_queries(16):
        assert client.get(url("manage_guide")).status_code == 200
    with django_assert_max_num_queries(12):
        assert client.get(url("guide")).status_code == 200
