"""What the notifications app holds about a person: what they were told."""

from typing import Any

from tiltas.accounts.models import User
from tiltas.core.personal_data import PersonalDataSource

from .models import DeliveryPreference, Notification


def export_person(user: User) -> list[dict[str, Any]]:
    return [
        {
            "kind": row.kind,
            "parameters": row.params,
            "link": row.url,
            "created_at": row.created_at.isoformat(),
            "read_at": row.read_at.isoformat() if row.read_at else None,
            "emailed_at": row.emailed_at.isoformat() if row.emailed_at else None,
        }
        for row in Notification.objects.filter(recipient=user)
    ]


def erase_person(user: User) -> None:
    """A person's notifications are theirs alone: they go with the account.
    Where the person acted, the others' notifications lose the link to them."""
    Notification.objects.filter(recipient=user).delete()
    Notification.objects.filter(actor=user).update(actor=None)


NOTIFICATIONS = PersonalDataSource(
    "notifications", models=(Notification,), export=export_person, erase=erase_person
)


def export_preference(user: User) -> list[dict[str, Any]]:
    return [
        {
            "delivery": row.delivery,
            "delivery_by_kind": row.by_kind,
            "last_digest_at": row.last_digest_at.isoformat() if row.last_digest_at else None,
        }
        for row in DeliveryPreference.objects.filter(person=user)
    ]


def erase_preference(user: User) -> None:
    DeliveryPreference.objects.filter(person=user).delete()


PREFERENCES = PersonalDataSource(
    "notification_preferences",
    models=(DeliveryPreference,),
    export=export_preference,
    erase=erase_preference,
)
