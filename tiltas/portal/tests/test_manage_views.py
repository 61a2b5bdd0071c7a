import pytest
from django.urls import reverse
from django.utils import translation

from tiltas.core.models import AuditEntry
from tiltas.core.navigation import manage_sections
from tiltas.portal.models import NewsItem, NewsStatus

from .factories import NewsItemFactory, PageFactory, ProjectTextFactory, ThemeFactory

pytestmark = pytest.mark.django_db


def url(name: str, **kwargs) -> str:
    with translation.override("en"):
        return reverse(name, kwargs=kwargs or None)


def news_post(**overrides):
    data = {
        "title_lt": "Mokymai Klaipėdoje",
        "title_en": "Training in Klaipėda",
        "title_nb": "Opplæring i Klaipėda",
        "summary_lt": "Santrauka",
        "summary_en": "Summary",
        "summary_nb": "Sammendrag",
        "body_lt": "Tekstas",
        "body_en": "Text",
        "body_nb": "Tekst",
    }
    return data | overrides


@pytest.fixture
def coordinator_client(client, coordinator):
    client.force_login(coordinator)
    return client


def test_the_portal_section_is_offered_to_managers_only(coordinator, administrator, trainer):
    target = reverse("portal:manage_index")
    assert any(s["url"] == target for s in manage_sections(coordinator))
    assert any(s["url"] == target for s in manage_sections(administrator))
    assert not any(s["url"] == target for s in manage_sections(trainer))


def test_news_form_groups_fields_per_language_with_lithuanian_required(coordinator_client):
    html = coordinator_client.get(url("portal:manage_news_create")).content.decode()
    assert html.count("<fieldset") == 3
    assert html.count("<legend") == 3
    for language in ("lt", "en", "nb"):
        assert f'name="title_{language}"' in html
        assert f'id="id_body_{language}"' in html
    assert 'lang="nb"' in html
    assert html.count("<h1") == 1


def test_a_coordinator_writes_and_publishes_news_in_three_languages(coordinator_client, client):
    response = coordinator_client.post(url("portal:manage_news_create"), news_post())
    item = NewsItem.objects.get()
    assert response.status_code == 302
    assert response["Location"] == url("portal:manage_news_edit", pk=item.pk)
    assert item.status == NewsStatus.DRAFT
    response = coordinator_client.post(url("portal:manage_news_publish", pk=item.pk))
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.status == NewsStatus.PUBLISHED
    assert AuditEntry.objects.filter(action="portal.news.published", object_id=str(item.pk))
    coordinator_client.logout()
    for language, title in [
        ("lt", "Mokymai Klaipėdoje"),
        ("en", "Training in Klaipėda"),
        ("nb", "Opplæring i Klaipėda"),
    ]:
        with translation.override(language):
            detail = client.get(reverse("portal:news_detail", kwargs={"slug": item.slug}))
        assert title in detail.content.decode()


def test_an_invalid_form_keeps_what_was_typed_and_shows_the_errors(coordinator_client):
    response = coordinator_client.post(
        url("portal:manage_news_create"), news_post(title_lt="", body_en="Keep this text")
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "error-summary" in html
    assert 'href="#id_title_lt"' in html
    assert "Title (Lithuanian): This field is required." in html
    assert 'aria-invalid="true" aria-describedby="id_title_lt_error"' in html
    assert '<ul class="errorlist" id="id_title_lt_error">' in html
    assert "Keep this text" in html
    assert not NewsItem.objects.exists()


def test_editing_news_saves_and_audits(coordinator_client):
    item = NewsItemFactory()
    response = coordinator_client.post(
        url("portal:manage_news_edit", pk=item.pk), news_post(title_en="Corrected title")
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.title_en == "Corrected title"
    assert AuditEntry.objects.filter(action="portal.news.updated").exists()


def test_unpublishing_hides_the_item(coordinator_client, client):
    item = NewsItemFactory()
    coordinator_client.post(url("portal:manage_news_unpublish", pk=item.pk))
    item.refresh_from_db()
    assert item.status == NewsStatus.DRAFT
    coordinator_client.logout()
    assert client.get(item.get_absolute_url()).status_code == 404


def test_manage_news_list_shows_drafts_with_status_in_bounded_queries(
    coordinator_client, django_assert_max_num_queries
):
    NewsItemFactory.create_batch(6)
    NewsItemFactory(title_en="Unfinished", draft=True)
    with django_assert_max_num_queries(12):
        response = coordinator_client.get(url("portal:manage_news_list"))
    html = response.content.decode()
    assert "Unfinished" in html
    assert html.count("<tr>") == 8  # header + 7 items
    assert "<caption>" in html


def test_editing_a_page_marks_it_edited(coordinator_client):
    page = PageFactory()
    data = {
        "title_lt": "Apie",
        "title_en": "About",
        "title_nb": "Om",
        "body_lt": "Naujas tekstas",
        "body_en": "",
        "body_nb": "",
    }
    response = coordinator_client.post(url("portal:manage_page_edit", slug=page.slug), data)
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.body_lt == "Naujas tekstas"
    assert page.body_en is None  # shown in Lithuanian until translated
    assert page.edited_at is not None


def test_editing_a_theme_and_a_project_text(coordinator_client):
    theme = ThemeFactory(order=4)
    text = ProjectTextFactory()
    response = coordinator_client.post(
        url("portal:manage_theme_edit", pk=theme.pk),
        {
            "title_lt": "Gebėjimų gerinimas",
            "text_lt": "Tekstas",
            "title_en": "",
            "text_en": "",
            "title_nb": "Bedre kapasitet",
            "text_nb": "",
        },
    )
    assert response.status_code == 302
    theme.refresh_from_db()
    assert theme.title_nb == "Bedre kapasitet"
    response = coordinator_client.post(
        url("portal:manage_text_edit", key=text.key),
        {
            "title_lt": "Esmė",
            "body_lt": "Naujas",
            "title_en": "",
            "body_en": "",
            "title_nb": "",
            "body_nb": "",
        },
    )
    assert response.status_code == 302
    text.refresh_from_db()
    assert text.body_lt == "Naujas"
    assert AuditEntry.objects.filter(action="portal.project_text.updated").exists()


def test_manage_index_lists_texts_themes_and_pages(coordinator_client):
    ThemeFactory(order=1, title_en="Lifelong learning")
    PageFactory()
    ProjectTextFactory()
    html = coordinator_client.get(url("portal:manage_index")).content.decode()
    assert url("portal:manage_page_edit", slug="about") in html
    assert url("portal:manage_text_edit", key="essence") in html
    assert "Lifelong learning" in html


def test_manage_pages_render_xss_inert(coordinator_client):
    from .test_views import XSS_TITLE, assert_inert

    item = NewsItemFactory(title_lt=XSS_TITLE, title_en=XSS_TITLE)
    assert_inert(coordinator_client.get(url("portal:manage_news_list")).content.decode())
    assert_inert(
        coordinator_client.get(url("portal:manage_news_edit", pk=item.pk)).content.decode()
    )
