from django.utils.translation import gettext_lazy as _

from tiltas.core.platform import CacheScope, HomeCard, ManageSection, NavItem, PlatformApp, WayIn
from tiltas.core.roles import TEACHERS


class CompetenciesConfig(PlatformApp):
    name = "tiltas.competencies"
    label = "competencies"
    verbose_name = _("Competencies")

    navigation = (NavItem("competencies:framework", _("Competencies"), "competencies", order=30),)
    manage_sections = (
        ManageSection("competencies:manage_index", _("Competencies"), TEACHERS, order=40),
    )
    home_cards = (
        HomeCard(
            "competencies:profile",
            _("My competencies"),
            _("Assess yourself, add evidence and see the gap to your target profile."),
            order=20,
        ),
    )
    home_ways_in = (
        WayIn(
            "competencies:framework",
            _("Know your competencies"),
            _("Assess yourself against the competency model and see what to learn next."),
            order=10,
        ),
    )
    next_steps = "tiltas.competencies.selectors.next_steps"
    personal_data = ("tiltas.competencies.personal_data.COMPETENCIES",)
    counters = {
        "competencies.framework_published": "tiltas.competencies.counting.framework_published"
    }
    project_content = "tiltas.competencies.content.load_project"
    demo_content = "tiltas.competencies.demo.load_demo"
    cache_scopes = (
        CacheScope("competencies.Framework"),
        CacheScope("competencies.ProficiencyLevel", "competencies.Framework", via="framework_id"),
        CacheScope("competencies.Area", "competencies.Framework", via="framework_id"),
        CacheScope("competencies.Competency", "competencies.Framework", via="framework_id"),
        CacheScope(
            "competencies.LevelDescriptor", "competencies.Framework", via="competency.framework_id"
        ),
        CacheScope("competencies.TargetProfile"),
        CacheScope("competencies.TargetLevel", "competencies.TargetProfile", via="profile_id"),
    )
