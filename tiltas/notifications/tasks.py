"""Background work: the e-mail of one notification, for those who want them at once."""

from django.db import transaction
from django.tasks import task
from django.utils import timezone

from . import emails
from .kinds import Delivery
from .models import DeliveryPreference, Notification


@task()
def send_notification_email(notification_id: int) -> bool:
    """Mail one notification unless it was read, mailed already, or the person
    changed their mind; claimed with a conditional UPDATE, so it goes out once."""
    row = (
        Notification.objects.select_related("recipient")
        .filter(pk=notification_id, emailed_at__isnull=True, read_at__isnull=True)
        .first()
    )
    if row is None:
        return False
    preference = DeliveryPreference.objects.filter(person_id=row.recipient_id).first()
    if preference is None or preference.delivery_of(row.kind) != Delivery.IMMEDIATELY:
        return False
    with transaction.atomic():
        claimed = Notification.objects.filter(pk=row.pk, emailed_at__isnull=True).update(
            emailed_at=timezone.now()
        )
        return bool(claimed) and emails.send_notification(row)
