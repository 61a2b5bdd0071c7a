from django.urls import reverse

from tiltas.portal.sitemaps import TranslatedSitemap

from .models import Activity


class ResultsSitemap(TranslatedSitemap):
    changefreq = "weekly"

    def items(self) -> list[str]:
        return ["indicators:activities", "indicators:dashboard"]

    def location(self, item: str) -> str:
        return reverse(item)


class ActivitySitemap(TranslatedSitemap):
    changefreq = "weekly"

    def items(self):
        return Activity.objects.order_by("code")

    def location(self, item: Activity) -> str:
        return reverse("indicators:activity_detail", args=[item.code])


SITEMAPS = {"results": ResultsSitemap, "activities": ActivitySitemap}
