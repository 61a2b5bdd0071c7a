"""``/sitemap.xml``: every public page in every language, each entry with
hreflang alternates for the others (and x-default, the Lithuanian one).

Other apps contribute sections through a ``SITEMAPS`` dict in their own
``sitemaps.py``; this module gathers them.
"""

from datetime import datetime
from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
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


SITEMAPS: dict[str, type[Sitemap]] = {
    "portal": PortalSitemap,
    "news": NewsSitemap,
    "pages": PageSitemap,
}


def _gather() -> dict[str, type[Sitemap]]:
    sections = dict(SITEMAPS)
    for config in apps.get_app_configs():
        module_name = f"{config.name}.sitemaps"
        if (
            config.label != "portal"
            and config.name.startswith("tiltas.")
            and find_spec(module_name)
        ):
            sections.update(import_module(module_name).SITEMAPS)
    return sections


urlpatterns = [path("", public(sitemap), {"sitemaps": _gather()}, name="sitemap")]
