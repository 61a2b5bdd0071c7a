from datetime import timedelta

from django.utils.translation import gettext_lazy as _

from tiltas.core.platform import FooterLink, Job, ManageSection, PlatformApp, WayIn
from tiltas.core.roles import MANAGERS, Role


class WhistleblowingConfig(PlatformApp):
    name = "tiltas.whistleblowing"
    label = "whistleblowing"
    verbose_name = _("Reporting a concern")

    footer_links = (FooterLink("whistleblowing:report", _("Report a concern"), order=20),)
    home_ways_in = (
        WayIn(
            "whistleblowing:report",
            _("Report a concern"),
            _("Tell us about corruption or other wrongdoing, in confidence or anonymously."),
            order=50,
        ),
    )
    manage_sections = (
        ManageSection(
            "whistleblowing:cases",
            _("Reports received"),
            frozenset({Role.INTEGRITY_OFFICER}),
            order=63,
        ),
        ManageSection("whistleblowing:handlers", _("Case handlers of reports"), MANAGERS, order=64),
    )
    jobs = (
        Job(
            "whistleblowing.reminders", every=timedelta(days=1), command="whistleblowing_reminders"
        ),
        Job(
            "whistleblowing.retention", every=timedelta(days=1), command="whistleblowing_retention"
        ),
    )
    personal_data = ("tiltas.whistleblowing.personal_data.CASE_HANDLING",)
    demo_content = "tiltas.whistleblowing.demo.load_demo"
