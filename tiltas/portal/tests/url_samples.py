"""Arguments for the permission-matrix test: one visible object per URL with arguments."""

from tiltas.portal.models import Page, ProjectText

from .factories import NewsItemFactory, PageFactory, ProjectTextFactory, ThemeFactory


def url_samples() -> dict[str, dict]:
    news_item = NewsItemFactory()
    page = PageFactory(slug=Page.Slug.ABOUT)
    theme = ThemeFactory(order=1)
    text = ProjectTextFactory(key=ProjectText.Key.ESSENCE)
    return {
        "portal:news_detail": {"slug": news_item.slug},
        "portal:page": {"slug": page.slug},
        "portal:manage_text_edit": {"key": text.key},
        "portal:manage_theme_edit": {"pk": theme.pk},
        "portal:manage_page_edit": {"slug": page.slug},
        "portal:manage_news_edit": {"pk": news_item.pk},
        "portal:manage_news_publish": {"pk": news_item.pk},
        "portal:manage_news_unpublish": {"pk": news_item.pk},
    }
