"""``/sitemap.xml``: every public page in every language, each entry with
hreflang alternates for the others (and x-default, the Lithuanian one).

The apps declare their sections (``PlatformApp.sitemaps``), each a
:class:`TranslatedSitemap`; this module serves them all.
"""

from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import sitemap
from django.urls import path, reverse

from .access import public
from .contributions import sitemaps


class TranslatedSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True


class NamedPagesSitemap(TranslatedSitemap):
    """A section of pages known by URL name only (no object behind them)."""

    url_names: tuple[str, ...] = ()

    def items(self) -> list[str]:
        return list(self.url_names)

    def location(self, item: str) -> str:
        return reverse(item)


urlpatterns = [path("", public(sitemap), {"sitemaps": sitemaps()}, name="sitemap")]
