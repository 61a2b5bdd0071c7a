from datetime import timedelta

from django.utils.translation import gettext_lazy as _

from tiltas.core.platform import CacheScope, Job, ManageSection, NavItem, PlatformApp, WayIn
from tiltas.core.roles import MANAGERS


class IndicatorsConfig(PlatformApp):
    name = "tiltas.indicators"
    label = "indicators"
    verbose_name = _("Indicators")

    navigation = (
        NavItem("indicators:activities", _("Activities"), "activities", order=20),
        NavItem("indicators:dashboard", _("Results"), "results", order=80),
    )
    manage_sections = (
        ManageSection("indicators:manage_list", _("Indicators"), MANAGERS, order=30),
    )
    home_ways_in = (
        WayIn(
            "indicators:dashboard",
            _("Results"),
            _("What the project promised, and what it has delivered so far."),
            order=40,
        ),
    )
    personal_data = (
        "tiltas.indicators.personal_data.MANUAL_VALUES",
        "tiltas.indicators.personal_data.SNAPSHOTS",
    )
    # Daily, so a day the scheduler missed is made up; a month is frozen once.
    jobs = (Job("indicators.monthly_snapshot", every=timedelta(days=1), command="snapshot_month"),)
    sitemaps = {
        "results": "tiltas.indicators.sitemaps.ResultsSitemap",
        "activities": "tiltas.indicators.sitemaps.ActivitySitemap",
    }
    project_content = "tiltas.indicators.content.load_project"
    demo_content = "tiltas.indicators.demo.load_demo"
    # The results framework is shown as a whole, on the results pages and the
    # home page: a change to any of it changes them (counts follow a timeout).
    cache_scopes = tuple(
        CacheScope(f"indicators.{name}", "results")
        for name in ("Goal", "Objective", "Activity", "Indicator", "ManualValue", "Snapshot")
    )
