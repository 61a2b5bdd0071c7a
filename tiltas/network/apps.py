from django.utils.translation import gettext_lazy as _

from tiltas.core.platform import NavItem, PlatformApp


class NetworkConfig(PlatformApp):
    name = "tiltas.network"
    label = "network"
    verbose_name = _("Social-clustering network")

    navigation = (NavItem("network:directory", _("Network"), "network", order=65),)
