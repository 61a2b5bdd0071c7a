from django.utils.translation import gettext_lazy as _

from tiltas.core.platform import ManageSection, PlatformApp
from tiltas.core.roles import MANAGERS


class ReportsConfig(PlatformApp):
    name = "tiltas.reports"
    label = "reports"
    verbose_name = _("Donor reports")

    manage_sections = (
        ManageSection("reports:report_list", _("Donor reports"), MANAGERS, order=35),
    )
    personal_data = ("tiltas.reports.personal_data.REPORTS",)
