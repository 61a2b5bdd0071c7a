"""The portal's sections of ``/sitemap.xml`` (declared in ``PortalConfig.sitemaps``)."""

from datetime import datetime

from django.db.models import QuerySet

from tiltas.core.sitemaps import NamedPagesSitemap, TranslatedSitemap

from . import selectors
from .models import NewsItem, Page


class PortalSitemap(NamedPagesSitemap):
    changefreq = "weekly"
    url_names = ("portal:home", "portal:partners", "portal:news_list")


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
