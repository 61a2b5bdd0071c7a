"""Permission-checked fetches: a notification is its recipient's alone (404 for anyone else)."""

from tiltas.accounts.models import User
from tiltas.core.access import get_or_404

from .models import Notification


def access_notification_by_id(user: User, notification_id: int) -> Notification:
    return get_or_404(Notification.objects.filter(recipient=user), pk=notification_id)
