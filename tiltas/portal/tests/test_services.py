import pytest
from django.core.exceptions import ValidationError

from tiltas.core.models import AuditEntry
from tiltas.portal import services
from tiltas.portal.models import NewsItem, NewsStatus

from .factories import NewsItemFactory, PageFactory, ProjectTextFactory, ThemeFactory

pytestmark = pytest.mark.django_db


def news_data(**overrides):
    data = {
        "title_lt": "Projekto pradžia",
        "title_en": "Project kick-off",
        "title_nb": "Prosjektstart",
        "summary_lt": "Santrauka",
        "summary_en": "",
        "summary_nb": "",
        "body_lt": "Tekstas",
        "body_en": "",
        "body_nb": "",
    }
    return data | overrides


def test_news_create_makes_an_audited_draft_with_a_slug_from_the_lithuanian_title(coordinator):
    item = services.news_create(actor=coordinator, data=news_data(title_lt="Įžanginė šventė"))
    assert item.status == NewsStatus.DRAFT
    assert item.published_at is None
    assert item.slug == "izangine-svente"
    assert item.author == coordinator
    # Empty translations are NULL, so the Lithuanian text is the fallback.
    assert item.summary_en is None
    entry = AuditEntry.objects.get(action="portal.news.created")
    assert entry.actor == coordinator
    assert "title_lt" in entry.changed_fields


def test_news_create_gives_a_second_item_with_the_same_title_its_own_slug(coordinator):
    first = services.news_create(actor=coordinator, data=news_data())
    second = services.news_create(actor=coordinator, data=news_data())
    assert first.slug == "projekto-pradzia"
    assert second.slug == "projekto-pradzia-2"


def test_news_create_requires_a_lithuanian_title(coordinator):
    with pytest.raises(ValidationError) as error:
        services.news_create(actor=coordinator, data=news_data(title_lt=""))
    assert "title_lt" in error.value.message_dict
    assert not NewsItem.objects.exists()


def test_news_create_rejects_unknown_fields(coordinator):
    with pytest.raises(ValueError, match="status"):
        services.news_create(actor=coordinator, data=news_data(status="published"))


def test_news_update_records_only_changed_fields_and_keeps_the_slug(coordinator):
    item = NewsItemFactory(title_lt="Senas", slug="senas")
    updated = services.news_update(
        news_item=item,
        actor=coordinator,
        data={"title_lt": "Naujas", "title_nb": "Ny tittel"},
    )
    assert updated.title_lt == "Naujas"
    assert updated.slug == "senas"
    entry = AuditEntry.objects.get(action="portal.news.updated")
    assert entry.changed_fields == ["title_lt", "title_nb"]


def test_news_update_without_changes_writes_no_audit_entry(coordinator):
    item = NewsItemFactory()
    services.news_update(news_item=item, actor=coordinator, data={"title_lt": item.title_lt})
    assert not AuditEntry.objects.filter(action="portal.news.updated").exists()


def test_news_publish_sets_the_date_and_audits(coordinator):
    item = NewsItemFactory(draft=True)
    published = services.news_publish(news_item=item, actor=coordinator)
    assert published.status == NewsStatus.PUBLISHED
    assert published.published_at is not None
    entry = AuditEntry.objects.get(action="portal.news.published")
    assert entry.actor == coordinator
    assert entry.object_id == str(item.pk)


def test_news_publish_twice_changes_nothing(coordinator):
    item = NewsItemFactory()
    first_date = item.published_at
    services.news_publish(news_item=item, actor=coordinator)
    item.refresh_from_db()
    assert item.published_at == first_date
    assert not AuditEntry.objects.filter(action="portal.news.published").exists()


def test_unpublish_and_publish_again_keeps_the_first_publication_date(coordinator):
    item = NewsItemFactory()
    first_date = item.published_at
    services.news_unpublish(news_item=item, actor=coordinator)
    item.refresh_from_db()
    assert item.status == NewsStatus.DRAFT
    assert AuditEntry.objects.filter(action="portal.news.unpublished").count() == 1
    services.news_publish(news_item=item, actor=coordinator)
    item.refresh_from_db()
    assert item.published_at == first_date


def test_page_update_marks_the_page_as_edited_and_audits(coordinator):
    page = PageFactory()
    assert page.edited_at is None
    services.page_update(page=page, actor=coordinator, data={"body_en": "New text"})
    page.refresh_from_db()
    assert page.body_en == "New text"
    assert page.edited_at is not None
    assert AuditEntry.objects.get(action="portal.page.updated").changed_fields == ["body_en"]


def test_page_update_refuses_an_empty_lithuanian_body(coordinator):
    page = PageFactory()
    with pytest.raises(ValidationError):
        services.page_update(page=page, actor=coordinator, data={"body_lt": "  "})
    page.refresh_from_db()
    assert page.body_lt == "Projekto aprašymas."


def test_theme_update_audits(coordinator):
    theme = ThemeFactory(order=2)
    services.theme_update(theme=theme, actor=coordinator, data={"title_nb": "Livslang læring"})
    theme.refresh_from_db()
    assert theme.title_nb == "Livslang læring"
    assert theme.edited_at is not None
    assert AuditEntry.objects.filter(action="portal.theme.updated").count() == 1


def test_theme_update_refuses_a_too_long_text(coordinator):
    theme = ThemeFactory(order=3)
    with pytest.raises(ValidationError):
        services.theme_update(theme=theme, actor=coordinator, data={"text_lt": "x" * 601})


def test_project_text_update_audits(administrator):
    text = ProjectTextFactory()
    services.project_text_update(project_text=text, actor=administrator, data={"body_nb": "Tekst"})
    text.refresh_from_db()
    assert text.body_nb == "Tekst"
    assert AuditEntry.objects.filter(action="portal.project_text.updated").count() == 1


def test_personal_data_export_and_erase_keep_the_news_without_its_author(coordinator):
    item = NewsItemFactory(author=coordinator)
    exported = services.author_data_export(coordinator)
    assert exported[0]["slug"] == item.slug
    services.author_data_erase(coordinator)
    item.refresh_from_db()
    assert item.author is None
