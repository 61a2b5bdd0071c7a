from django.urls import reverse

from tiltas.core.sitemaps import NamedPagesSitemap, TranslatedSitemap

from .models import GuideVersion


class GuideSitemap(NamedPagesSitemap):
    changefreq = "monthly"
    url_names = ("integrity:guide", "integrity:versions")


class VersionSitemap(TranslatedSitemap):
    changefreq = "yearly"

    def items(self):
        return GuideVersion.objects.order_by("number")

    def location(self, item: GuideVersion) -> str:
        return reverse("integrity:version", args=[item.number])
