from django.contrib.sitemaps.views import sitemap
from django.urls import path

from tiltas.core.access import public

urlpatterns = [path("", public(sitemap), {"sitemaps": {}}, name="sitemap")]
