from django.utils.translation import gettext_lazy as _

from tiltas.core.platform import PlatformApp


class WhistleblowingConfig(PlatformApp):
    name = "tiltas.whistleblowing"
    label = "whistleblowing"
    verbose_name = _("Reporting a concern")
