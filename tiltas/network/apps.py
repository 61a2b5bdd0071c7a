from datetime import timedelta

from django.utils.translation import gettext_lazy as _

from tiltas.core.platform import CacheScope, Job, NavItem, PlatformApp, WayIn

#: The cached directory counts each organisation's active people: a write to a
#: person (joining, leaving, deactivated) changes it.
DIRECTORY_PEOPLE = "network-directory-people"


class NetworkConfig(PlatformApp):
    name = "tiltas.network"
    label = "network"
    verbose_name = _("Social-clustering network")

    navigation = (NavItem("network:directory", _("Network"), "network", order=65),)
    home_ways_in = (
        WayIn(
            "network:directory",
            _("The network"),
            _("Find the organisations and clusters in Lithuania and Norway and work with them."),
            order=35,
        ),
    )
    personal_data = (
        "tiltas.network.personal_data.clusters.CLUSTERS",
        "tiltas.network.personal_data.people.PEOPLE_AND_PRACTICES",
        "tiltas.network.personal_data.conversations.CONVERSATIONS",
        "tiltas.network.personal_data.follows.FOLLOWS_AND_ACTIVITY",
    )
    notification_kinds = (
        "tiltas.network.notifications.REPLY",
        "tiltas.network.notifications.MENTION",
        "tiltas.network.notifications.JOIN_REQUEST",
        "tiltas.network.notifications.INVITATION",
        "tiltas.network.notifications.POST_HIDDEN",
        "tiltas.network.kinds.PRACTICE_COMMENTED",
        "tiltas.network.notifications.MESSAGE",
    )
    # The header's count of unread conversations; the member's home page shows
    # their activity stream.
    extensions = {
        "notifications.header_beside": "tiltas.network.selectors.conversations.header_beside",
        "core.dashboard_activity": "tiltas.network.selectors.activity.dashboard_activity",
    }
    demo_content = "tiltas.network.demo.load_demo"
    # Programmes (learning sends no signal when one changes) and people (an
    # account's name or state changes in accounts) are found as they were at
    # the last run; the network's own writes index at once.
    jobs = (
        Job(
            "network.search_index",
            every=timedelta(minutes=30),
            command="rebuild_search_index",
            args=("programmes", "people"),
        ),
    )
    cache_scopes = (CacheScope("accounts.User", DIRECTORY_PEOPLE),)
    counters = {"network.network_live": "tiltas.network.counting.network_live"}
    sitemaps = {
        "network": "tiltas.network.sitemaps.NetworkSitemap",
        "network-practices": "tiltas.network.sitemaps.PracticeSitemap",
    }
