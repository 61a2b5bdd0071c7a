from django.utils.translation import gettext_lazy as _

from tiltas.core.platform import NavItem, PlatformApp


class NetworkConfig(PlatformApp):
    name = "tiltas.network"
    label = "network"
    verbose_name = _("Social-clustering network")

    navigation = (NavItem("network:directory", _("Network"), "network", order=65),)
    personal_data = ("tiltas.network.personal_data.clusters.CLUSTERS",)
    notification_kinds = (
        "tiltas.network.notifications.REPLY",
        "tiltas.network.notifications.MENTION",
        "tiltas.network.notifications.JOIN_REQUEST",
        "tiltas.network.notifications.INVITATION",
        "tiltas.network.notifications.POST_HIDDEN",
    )
    demo_content = "tiltas.network.demo.load_demo"
