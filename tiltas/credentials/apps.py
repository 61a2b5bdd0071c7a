from django.utils.translation import gettext_lazy as _

from tiltas.core.platform import PlatformApp


class CredentialsConfig(PlatformApp):
    name = "tiltas.credentials"
    label = "credentials"
    verbose_name = _("Certificates")
