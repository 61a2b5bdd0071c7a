from datetime import timedelta

from django.utils.translation import gettext_lazy as _

from tiltas.core.platform import Job, PlatformApp


class NotificationsConfig(PlatformApp):
    name = "tiltas.notifications"
    label = "notifications"
    verbose_name = _("Notifications")
    personal_data = (
        "tiltas.notifications.personal_data.NOTIFICATIONS",
        "tiltas.notifications.personal_data.PREFERENCES",
    )
    demo_content = "tiltas.notifications.demo.load_demo"
    jobs = (
        Job("notifications.digests", every=timedelta(hours=1), command="send_notification_digests"),
    )
