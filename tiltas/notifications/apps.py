from django.utils.translation import gettext_lazy as _

from tiltas.core.platform import PlatformApp


class NotificationsConfig(PlatformApp):
    name = "tiltas.notifications"
    label = "notifications"
    verbose_name = _("Notifications")
    personal_data = ("tiltas.notifications.personal_data.NOTIFICATIONS",)
