from django.urls import reverse

from tiltas.accounts.models import Organisation
from tiltas.core.sitemaps import NamedPagesSitemap, TranslatedSitemap

from .models import GuideVersion, Measure


class GuideSitemap(NamedPagesSitemap):
    changefreq = "monthly"
    url_names = (
        "integrity:guide",
        "integrity:versions",
        "integrity:measures",
        "integrity:organisations",
    )


class VersionSitemap(TranslatedSitemap):
    changefreq = "yearly"

    def items(self):
        return GuideVersion.objects.order_by("number")

    def location(self, item: GuideVersion) -> str:
        return reverse("integrity:version", args=[item.number])


class MeasureSitemap(TranslatedSitemap):
    changefreq = "monthly"

    def items(self):
        return Measure.objects.filter(is_published=True).order_by("slug")

    def location(self, item: Measure) -> str:
        return reverse("integrity:measure", args=[item.slug])


class AdoptionSitemap(TranslatedSitemap):
    changefreq = "weekly"

    def items(self):
        return Organisation.objects.filter(adoptions__isnull=False).distinct().order_by("slug")

    def location(self, item: Organisation) -> str:
        return reverse("integrity:organisation", args=[item.slug])
