"""E-mails are sent by background tasks, scheduled only after the transaction
commits: a rolled-back registration never sends a confirmation."""

from django.db import transaction

from ..models import Registration
from ..tasks import send_registration_email


def notify_registration(registration: Registration, kind: str) -> None:
    registration_id = registration.pk
    transaction.on_commit(lambda: send_registration_email.enqueue(registration_id, kind))
