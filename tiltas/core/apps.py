from datetime import timedelta

from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _

from . import checks  # noqa: F401 - registers the production checks
from .platform import Job, PlatformApp


class CoreConfig(PlatformApp):
    name = "tiltas.core"
    label = "core"
    verbose_name = _("Core")
    default = True

    receivers = "tiltas.core.middleware.connect_receivers"
    jobs = (
        # Addresses in the audit log are kept whole for TILTAS_AUDIT_ADDRESS_DAYS.
        Job("core.audit_addresses", every=timedelta(days=1), command="audit_shorten_addresses"),
        # A broken chain fails the job, which the schedule's log reports.
        Job("core.audit_verify", every=timedelta(days=1), command="audit_verify"),
    )


class TiltasAdminConfig(admin_apps.AdminConfig):
    default = False
    default_site = "tiltas.core.admin_site.TiltasAdminSite"
