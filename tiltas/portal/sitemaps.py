"""``/sitemap.xml``: every public portal page in every language, each entry
with hreflang alternates for the others (and x-default, the Lithuanian one)."""

from datetime import datetime

from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import sitemap
from django.db.models import QuerySet
from django.urls import path, reverse

from tiltas.core.access import public

from . import selectors
from .models import NewsItem, Page


class TranslatedSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True


class PortalSitemap(TranslatedSitemap):
    changefreq = "weekly"

    def items(self) -> list[str]:
        return ["portal:home", "portal:partners", "portal:news_list"]

    def location(self, item: str) -> str:
        return reverse(item)


class NewsSitemap(TranslatedSitemap):
    changefreq = "monthly"

    def items(self) -> QuerySet[NewsItem]:
        return selectors.news_published_list()

    def lastmod(self, item: NewsItem) -> datetime:
        return item.updated_at


class PageSitemap(TranslatedSitemap):
    changefreq = "monthly"

    def items(self) -> QuerySet[Page]:
        return selectors.page_list()

    def lastmod(self, item: Page) -> datetime:
        return item.updated_at


SITEMAPS = {"portal": PortalSitemap, "news": NewsSitemap, "pages": PageSitemap}

urlpatterns = [path("", public(sitemap), {"sitemaps": SITEMAPS}, name="sitemap")]
