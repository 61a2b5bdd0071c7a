"""Private conversations: starting one, writing, reading, leaving, adding a
person to a group, and telling the others (notifications, e-mail by their
choice). Blocks are respected here and by the database's constraints."""

from collections.abc import Iterable, Sequence
from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.db.models.functions import Greatest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from tiltas.accounts.models import User
from tiltas.core.audit import audit_record
from tiltas.notifications.services import counts_forget, notify

from ..models import MAX_PARTICIPANTS, MESSAGE_MAX_LENGTH, Conversation, Message, Participant
from ..selectors.conversations import unread_key
from .blocks import messaging_check, who_blocked
from .clusters import suspension_check
from .posts import first_day_limits_check


def _body_check(body: str) -> str:
    body = body.strip()
    if not body:
        raise ValidationError({"body": _("Write a message.")})
    if len(body) > MESSAGE_MAX_LENGTH:
        raise ValidationError(
            {
                "body": _("A message can be at most %(limit)d characters long; this one has %(n)d.")
                % {"limit": MESSAGE_MAX_LENGTH, "n": len(body)}
            }
        )
    return body


def _writing_check(person: User, body: str, now: datetime) -> str:
    suspension_check(person)
    body = _body_check(body)
    first_day_limits_check(person=person, body=body, now=now)
    return body


def _counts_forget(person_ids: Iterable[int]) -> None:
    counts_forget(unread_key(pk) for pk in person_ids)


def _tell(message: Message, author: User) -> None:
    """The other participants hear of the message, except those who blocked its author."""
    others = User.objects.filter(conversation_places__conversation=message.conversation_id)
    _counts_forget(others.values_list("pk", flat=True))
    notify(
        recipients=others.exclude(pk__in=who_blocked(author)),
        kind="network.message",
        actor=author,
        url=reverse("network:conversation", args=[message.conversation_id]),
        params={"conversation": message.conversation_id, "person": author.full_name},
    )


def _message_add(*, conversation: Conversation, person: User, body: str, now: datetime) -> Message:
    message = Message.objects.create(
        conversation=conversation, author=person, body=body, created_at=now
    )
    # Two replies at once both count, and the latest time wins whatever the order.
    Conversation.objects.filter(pk=conversation.pk).update(
        last_message_at=Greatest(F("last_message_at"), now),
        message_count=F("message_count") + 1,
    )
    Participant.objects.filter(conversation=conversation, person=person).update(last_read_at=now)
    return message


def conversation_start(
    *, person: User, others: Sequence[User], body: str, now: datetime | None = None
) -> Conversation:
    """``person`` writes to 1 to 9 other people; with more than one other it is a
    group, which may take more people later."""
    now = now or timezone.now()
    others = list({other.pk: other for other in others if other.pk != person.pk}.values())
    if not others:
        raise ValidationError({"people": _("Choose at least one person to write to.")})
    if len(others) > MAX_PARTICIPANTS - 1:
        raise ValidationError(
            {
                "people": _("A conversation can have at most %(n)d other people.")
                % {"n": MAX_PARTICIPANTS - 1}
            }
        )
    body = _writing_check(person, body, now)
    messaging_check(person, others)
    with transaction.atomic():
        conversation = Conversation.objects.create(
            started_by=person, is_group=len(others) > 1, created_at=now, last_message_at=now
        )
        Participant.objects.bulk_create(
            [Participant(conversation=conversation, person=person, joined_at=now)]
            + [Participant(conversation=conversation, person=o, joined_at=now) for o in others]
        )
        message = _message_add(conversation=conversation, person=person, body=body, now=now)
        audit_record(actor=person, action="network.conversation.started", obj=conversation)
    _tell(message, person)
    return conversation


def _others(conversation: Conversation, person: User) -> list[User]:
    return list(
        User.objects.filter(conversation_places__conversation=conversation).exclude(pk=person.pk)
    )


def message_send(
    *, conversation: Conversation, person: User, body: str, now: datetime | None = None
) -> Message:
    """A participant writes; in a conversation of two, not after either blocked the other."""
    now = now or timezone.now()
    if not Participant.objects.filter(conversation=conversation, person=person).exists():
        raise ValidationError(_("You are no longer in this conversation."), code="left")
    body = _writing_check(person, body, now)
    if not conversation.is_group:
        messaging_check(person, _others(conversation, person))
    with transaction.atomic():
        message = _message_add(conversation=conversation, person=person, body=body, now=now)
    _tell(message, person)
    return message


def conversation_read(*, conversation: Conversation, person: User) -> None:
    """Everything in the conversation up to now is read by ``person``."""
    changed = (
        Participant.objects.filter(conversation=conversation, person=person)
        .filter(
            Q(last_read_at__isnull=True) | Q(last_read_at__lt=F("conversation__last_message_at"))
        )
        .update(last_read_at=timezone.now())
    )
    if changed:
        _counts_forget([person.pk])


def conversation_leave(*, conversation: Conversation, person: User) -> None:
    """``person`` leaves; the last one to leave takes the conversation with them."""
    with transaction.atomic():
        Participant.objects.filter(conversation=conversation, person=person).delete()
        audit_record(actor=person, action="network.conversation.left", obj=conversation)
        if not Participant.objects.filter(conversation=conversation).exists():
            conversation.delete()
    _counts_forget([person.pk])


def participant_add(*, conversation: Conversation, actor: User, person: User) -> Participant:
    """A participant of a group adds someone, up to the group's limit."""
    if not conversation.is_group:
        raise ValidationError(_("Only a group conversation takes more people."), code="pair")
    suspension_check(actor)
    messaging_check(actor, [person])
    try:
        with transaction.atomic():
            # One addition at a time per conversation: the limit holds under races.
            Conversation.objects.select_for_update().get(pk=conversation.pk)
            if not Participant.objects.filter(conversation=conversation, person=actor).exists():
                raise ValidationError(_("You are no longer in this conversation."), code="left")
            if Participant.objects.filter(conversation=conversation).count() >= MAX_PARTICIPANTS:
                raise ValidationError(
                    _("A conversation can have at most %(n)d people.") % {"n": MAX_PARTICIPANTS},
                    code="full",
                )
            added = Participant.objects.create(conversation=conversation, person=person)
            audit_record(actor=actor, action="network.conversation.person_added", obj=conversation)
    except IntegrityError:
        raise ValidationError(
            _("%(name)s is already in this conversation.") % {"name": person.full_name},
            code="twice",
        ) from None
    _counts_forget([person.pk])
    notify(
        recipients=[person],
        kind="network.message",
        actor=actor,
        url=reverse("network:conversation", args=[conversation.pk]),
        params={"conversation": conversation.pk, "person": actor.full_name},
    )
    return added


def conversations_erase_person(person: User) -> None:
    """Erasure: the person's messages stay, signed "former member"; their
    places, blocks and the conversations nobody is left in go."""
    with transaction.atomic():
        Message.objects.filter(author=person).update(author=None)
        Conversation.objects.filter(started_by=person).update(started_by=None)
        places = list(
            Participant.objects.filter(person=person).values_list("conversation_id", flat=True)
        )
        Participant.objects.filter(person=person).delete()
        Conversation.objects.filter(pk__in=places, participants__isnull=True).delete()
