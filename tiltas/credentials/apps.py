from datetime import timedelta

from django.utils.translation import gettext_lazy as _

from tiltas.core.platform import Job, ManageSection, PlatformApp
from tiltas.core.roles import MANAGERS


class CredentialsConfig(PlatformApp):
    name = "tiltas.credentials"
    label = "credentials"
    verbose_name = _("Certificates")

    manage_sections = (
        ManageSection("credentials:manage_list", _("Certificates"), MANAGERS, order=55),
    )
    personal_data = ("tiltas.credentials.personal_data.CERTIFICATES",)
    jobs = (
        Job("credentials.refresh", every=timedelta(minutes=10), command="certificates_refresh"),
    )
    demo_content = "tiltas.credentials.demo.load_demo"
    receivers = "tiltas.credentials.receivers.connect"
    # The lifelong-learning record lists the person's certificates.
    extensions = {
        "learning.record_certificates": "tiltas.credentials.selectors.record_certificates",
        "learning.record_certificate_links": "tiltas.credentials.selectors.record_links",
    }
