"""Background work: e-mails and reminders."""

from datetime import datetime, timedelta

from django.tasks import task
from django.utils import timezone

from .emails import send_registration_email as send_email
from .emails import send_walk_in_invitation as send_invitation
from .models import EventStatus, Registration, RegistrationStatus, WalkIn


@task()
def send_registration_email(registration_id: int, kind: str) -> bool:
    registration = (
        Registration.objects.select_related("event", "person").filter(pk=registration_id).first()
    )
    if registration is None:
        return False
    return send_email(registration, kind)


@task()
def send_walk_in_invitation(walk_in_id: int) -> bool:
    walk_in = WalkIn.objects.select_related("event").filter(pk=walk_in_id).first()
    if walk_in is None or walk_in.invited_at is not None or not send_invitation(walk_in):
        return False
    WalkIn.objects.filter(pk=walk_in_id).update(invited_at=timezone.now())
    return True


#: Reminders are never configured further ahead than this.
MAX_REMINDER_DAYS = 60


def reminders_due(now: datetime | None = None) -> list[Registration]:
    """Confirmed registrations whose event starts within its ``reminder_days``."""
    now = now or timezone.now()
    candidates = Registration.objects.filter(
        status=RegistrationStatus.CONFIRMED,
        reminder_sent_at__isnull=True,
        event__status=EventStatus.PUBLISHED,
        event__reminder_days__gt=0,
        event__starts_at__gt=now,
        event__starts_at__lte=now + timedelta(days=MAX_REMINDER_DAYS),
    ).select_related("event", "person")
    return [
        registration
        for registration in candidates
        if registration.event.starts_at - timedelta(days=registration.event.reminder_days) <= now
    ]


def send_due_reminders() -> int:
    """Send each due reminder once. A row is claimed (reminder_sent_at set with a
    conditional UPDATE) before its e-mail goes out, so two runs never both send."""
    sent = 0
    for registration in reminders_due():
        claimed = Registration.objects.filter(
            pk=registration.pk, reminder_sent_at__isnull=True
        ).update(reminder_sent_at=timezone.now())
        if claimed and send_email(registration, "reminder"):
            sent += 1
    return sent


@task()
def send_event_reminders() -> int:
    return send_due_reminders()
