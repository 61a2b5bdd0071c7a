from django.urls import reverse

from tiltas.core.sitemaps import NamedPagesSitemap, TranslatedSitemap

from .models import Activity


class ResultsSitemap(NamedPagesSitemap):
    changefreq = "weekly"
    url_names = ("indicators:activities", "indicators:dashboard")


class ActivitySitemap(TranslatedSitemap):
    changefreq = "weekly"

    def items(self):
        return Activity.objects.order_by("code")

    def location(self, item: Activity) -> str:
        return reverse("indicators:activity_detail", args=[item.code])
