from datetime import timedelta

from django.utils.translation import gettext_lazy as _

from tiltas.core.platform import Job, ManageSection, PlatformApp
from tiltas.core.roles import MANAGERS


class EvidenceConfig(PlatformApp):
    name = "tiltas.evidence"
    label = "evidence"
    verbose_name = _("Evidence")

    manage_sections = (
        ManageSection("evidence:manage_list", _("Evidence bundles"), MANAGERS, order=31),
    )
    personal_data = ("tiltas.evidence.personal_data.BUNDLES",)
    # Bundles hold participants' names: deleted TILTAS_EVIDENCE_KEEP_DAYS after building.
    jobs = (
        Job("evidence.bundles_expire", every=timedelta(hours=6), command="expire_evidence_bundles"),
    )
