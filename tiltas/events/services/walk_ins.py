"""Walk-ins: people present without a registration, often without an account.

They count among the event's participants (``counting.participants``) and,
when they gave an e-mail address, are invited to create an account."""

from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from tiltas.accounts.models import User
from tiltas.core.audit import audit_record

from ..models import Event, EventStatus, WalkIn
from ..tasks import send_walk_in_invitation
from .attendance import attendance_day_check

WALK_IN_FIELDS = ["name", "organisation_name", "email", "day"]


def walk_in_add(*, event: Event, day: date, data: dict[str, Any], actor: User) -> WalkIn:
    """Record ``data`` (name, organisation_name, email) as present on ``day``."""
    if event.status not in {EventStatus.PUBLISHED, EventStatus.HELD}:
        raise ValidationError(_("Check-in is closed for this event."), code="closed")
    attendance_day_check(event=event, day=day, actor=actor)
    email = (data.get("email") or "").strip().lower()
    if email and User.objects.filter(email__iexact=email).exists():
        raise ValidationError(
            {"email": _("This address belongs to an account: add the person as a participant.")},
            code="account",
        )
    twice = ValidationError(
        {"email": _("Someone with this address is already recorded for that day.")}, code="twice"
    )
    if email and WalkIn.objects.filter(event=event, day=day, email=email).exists():
        raise twice
    walk_in = WalkIn(
        event=event,
        day=day,
        name=(data.get("name") or "").strip(),
        organisation_name=(data.get("organisation_name") or "").strip(),
        email=email,
        recorded_by=actor,
    )
    walk_in.full_clean(validate_constraints=False)  # the one constraint is checked above
    try:
        with transaction.atomic():
            walk_in.save()
            audit_record(
                actor=actor,
                action="events.walk_in.added",
                obj=walk_in,
                changed_fields=WALK_IN_FIELDS,
            )
            if email:
                walk_in_id = walk_in.pk
                transaction.on_commit(lambda: send_walk_in_invitation.enqueue(walk_in_id))
    except IntegrityError as exc:  # the same address, added at the same moment
        raise twice from exc
    return walk_in


def walk_in_remove(*, walk_in: WalkIn, actor: User) -> None:
    """Take back a walk-in recorded by mistake (frozen, like attendance, once held)."""
    attendance_day_check(event=walk_in.event, day=walk_in.day, actor=actor, recording=False)
    with transaction.atomic():
        audit_record(actor=actor, action="events.walk_in.removed", obj=walk_in)
        walk_in.delete()
