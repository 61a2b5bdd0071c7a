from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from tiltas.core import views as core_views

urlpatterns = [
    path("healthz", core_views.healthz, name="healthz"),
    path("sitemap.xml", include("tiltas.core.sitemaps")),
    path("admin/", admin.site.urls),
    # Open Badges' documents: one address in every language.
    path("badges/", include("tiltas.credentials.badge_urls")),
    # The REST API answers in one place for every language (Accept-Language).
    path("api/v1/", include("tiltas.api.urls")),
]

# The apps' paths do not overlap, so their order only decides how soon a path
# is found: the most visited apps come first.
urlpatterns += i18n_patterns(
    path("", include("tiltas.portal.urls")),
    path("", include("tiltas.learning.urls")),
    path("", include("tiltas.events.urls")),
    path("", include("tiltas.competencies.urls")),
    path("", include("tiltas.indicators.urls")),
    path("", include("tiltas.reports.urls")),
    path("", include("tiltas.credentials.urls")),
    path("", include("tiltas.network.urls")),
    path("", include("tiltas.integrity.urls")),
    path("", include("tiltas.evidence.urls")),
    path("", include("tiltas.whistleblowing.urls")),
    path("", include("tiltas.api.page_urls")),
    path("accounts/", include("tiltas.accounts.allauth_urls")),
    path("", include("tiltas.accounts.urls")),
    path("", include("tiltas.notifications.urls")),
    path("", include("tiltas.core.urls")),
    prefix_default_language=True,
)

if settings.ENV == "bench":
    # The benchmark's floor page exists only in the benchmark profile.
    urlpatterns += [path("bench/", include("bench.urls"))]

handler400 = "tiltas.core.views.errors.bad_request"
handler403 = "tiltas.core.views.permission_denied"
handler404 = "tiltas.core.views.page_not_found"
handler500 = "tiltas.core.views.server_error"
