"""Arguments to reverse every URL of the notifications app that takes some (permission matrix)."""

from tiltas.notifications.models import Notification
from tiltas.notifications.unsubscribe import token_for


def url_samples() -> dict[str, dict]:
    from tiltas.accounts.tests.factories import UserFactory

    someone = UserFactory()
    row = Notification.objects.create(recipient=someone, kind="test.said")
    return {
        # POST only: a GET is refused (405) before the notification is looked up.
        "notifications:open": {"pk": row.pk},
        "notifications:read": {"pk": row.pk},
        "notifications:unsubscribe": {"token": token_for(someone.pk)},
    }
