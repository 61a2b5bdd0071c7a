from datetime import timedelta

from django.utils.translation import gettext_lazy as _

from tiltas.core.platform import Job, ManageSection, NavItem, PlatformApp
from tiltas.core.roles import STAFF_ROLES

from .roles import EDITORS, RECORDERS


class IntegrityConfig(PlatformApp):
    name = "tiltas.integrity"
    label = "integrity"
    verbose_name = _("Transparency and integrity")

    navigation = (NavItem("integrity:guide", _("Integrity"), "integrity", order=75),)
    manage_sections = (
        ManageSection("integrity:manage_guide", _("Transparency policy guide"), EDITORS, order=60),
        ManageSection("integrity:manage_measures", _("Measures catalogue"), EDITORS, order=61),
        ManageSection(
            "integrity:manage_adoptions", _("Adoptions of measures"), RECORDERS, order=62
        ),
        ManageSection("integrity:registers", _("Corruption-risk registers"), STAFF_ROLES, order=63),
    )
    jobs = (
        Job("integrity.risk_reviews", every=timedelta(days=1), command="risk_review_reminders"),
        Job("integrity.guide_pdfs", every=timedelta(minutes=10), command="guide_pdfs_refresh"),
    )
    counters = {"integrity.guide_published": "tiltas.integrity.counting.guide_published"}
    personal_data = ("tiltas.integrity.personal_data.COMMENTS",)
    sitemaps = {
        "integrity": "tiltas.integrity.sitemaps.GuideSitemap",
        "integrity-versions": "tiltas.integrity.sitemaps.VersionSitemap",
        "integrity-measures": "tiltas.integrity.sitemaps.MeasureSitemap",
        "integrity-adoption": "tiltas.integrity.sitemaps.AdoptionSitemap",
    }
    project_content = "tiltas.integrity.content.load_project"
    demo_content = "tiltas.integrity.demo.load_demo"
    # The network's organisation page lists the measures the organisation adopted.
    extensions = {"network.organisation_measures": "tiltas.integrity.selectors.measures_adopted"}
