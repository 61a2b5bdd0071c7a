from django.utils.translation import gettext_lazy as _

from tiltas.core.platform import PlatformApp


class IntegrityConfig(PlatformApp):
    name = "tiltas.integrity"
    label = "integrity"
    verbose_name = _("Transparency and integrity")
