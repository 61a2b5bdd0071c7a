from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "tiltas.core"
    label = "core"
    verbose_name = _("Core")
    default = True

    def ready(self) -> None:
        from django.contrib.auth.signals import user_logged_in

        from .middleware import session_started

        user_logged_in.connect(session_started, dispatch_uid="tiltas-session-started")


class TiltasAdminConfig(admin_apps.AdminConfig):
    default = False
    default_site = "tiltas.core.admin_site.TiltasAdminSite"
