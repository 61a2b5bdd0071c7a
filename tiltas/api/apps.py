from django.utils.translation import gettext_lazy as _

from tiltas.core.platform import FooterLink, PlatformApp


class ApiConfig(PlatformApp):
    name = "tiltas.api"
    label = "api"
    verbose_name = _("API")
    footer_links = (FooterLink("api:openapi-view", _("Open data (API)"), order=90),)
    personal_data = ("tiltas.api.personal_data.API_TOKENS",)
