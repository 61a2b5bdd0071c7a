from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "tiltas.core"
    label = "core"
    verbose_name = _("Core")
    default = True


class TiltasAdminConfig(admin_apps.AdminConfig):
    default = False
    default_site = "tiltas.core.admin_site.TiltasAdminSite"
