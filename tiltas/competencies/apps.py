from django.utils.translation import gettext_lazy as _

from tiltas.core.platform import HomeCard, ManageSection, NavItem, PersonRows, PlatformApp
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
    personal_data = ("tiltas.competencies.personal_data.COMPETENCIES",)
    counters = {
        "competencies.framework_published": "tiltas.competencies.counting.framework_published"
    }
    project_content = "tiltas.competencies.content.load_project"
    demo_content = "tiltas.competencies.demo.load_demo"
    public_content = (
        "competencies.Framework",
        "competencies.ProficiencyLevel",
        "competencies.Area",
        "competencies.Competency",
        "competencies.LevelDescriptor",
        "competencies.TargetProfile",
        "competencies.TargetLevel",
    )
    person_rows = (
        PersonRows("competencies.ProfileChoice"),
        PersonRows("competencies.SelfAssessment"),
        PersonRows("competencies.Evidence"),
    )
