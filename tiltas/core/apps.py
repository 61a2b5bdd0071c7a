from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _

from . import checks  # noqa: F401 - registers the production checks
from .platform import PlatformApp


class CoreConfig(PlatformApp):
    name = "tiltas.core"
    label = "core"
    verbose_name = _("Core")
    default = True

    receivers = "tiltas.core.middleware.connect_receivers"


class TiltasAdminConfig(admin_apps.AdminConfig):
    default = False
    default_site = "tiltas.core.admin_site.TiltasAdminSite"
