from django.contrib.auth.models import AnonymousUser
from django.urls import reverse

from tiltas.core.sitemaps import NamedPagesSitemap, TranslatedSitemap

from .models import Practice, PracticeStatus
from .permissions.practices import practices_readable


class NetworkSitemap(NamedPagesSitemap):
    changefreq = "weekly"
    url_names = ("network:directory", "network:practices")


class PracticeSitemap(TranslatedSitemap):
    """Published practices anyone may read."""

    changefreq = "monthly"

    def items(self):
        return (
            practices_readable(AnonymousUser())
            .filter(status=PracticeStatus.PUBLISHED)
            .only("pk", "updated_at")
            .order_by("pk")
        )

    def location(self, item: Practice) -> str:
        return reverse("network:practice", args=[item.pk])

    def lastmod(self, item: Practice):
        return item.updated_at
