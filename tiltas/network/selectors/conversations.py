"""Reads of private conversations: a person's list with unread counts, the
header's count, the messages of one, and the people one has blocked."""

from collections.abc import Iterable
from typing import Any

from django.db.models import Case, Count, F, IntegerField, Prefetch, Q, QuerySet, Value, When

from tiltas.accounts.models import User
from tiltas.notifications.selectors import cached_count

from ..mentions import handle_of
from ..models import Block, Conversation, Message, Participant

#: Messages on one page of a conversation; the newest page opens first.
MESSAGES_PER_PAGE = 30
#: Conversations on one page of the list.
CONVERSATIONS_PER_PAGE = 25


def unread_key(user_id: int) -> str:
    return f"network:conversations:unread:{user_id}"


def _unread_places(user: User) -> QuerySet[Participant]:
    return Participant.objects.filter(person=user).filter(
        Q(last_read_at__isnull=True) | Q(conversation__last_message_at__gt=F("last_read_at"))
    )


def unread_conversations(user: User) -> int:
    """How many of the person's conversations have messages they have not
    read: one query, then kept until a message or a reading changes it."""
    if not user.is_authenticated:
        return 0
    return cached_count(unread_key(user.pk), lambda: _unread_places(user).count())


def header_beside(user: User) -> tuple[str, dict[str, Any]]:
    """The header's link to the conversations, beside the notifications'
    (slot ``notifications.header_beside``)."""
    return "network/conversations/includes/header_link.html", {
        "conversations_unread": lambda: unread_conversations(user)
    }


def conversations_of(user: User) -> QuerySet[Participant]:
    """The person's places in conversations, each with ``unread`` (messages of
    others since they last read it), those with unread messages first, then
    by latest message; the conversation and its people come along."""
    unread = Count(
        "conversation__messages",
        filter=(
            Q(last_read_at__isnull=True)
            | Q(conversation__messages__created_at__gt=F("last_read_at"))
        )
        & ~Q(conversation__messages__author=user),
    )
    people = Participant.objects.select_related("person").order_by("joined_at", "pk")
    return (
        Participant.objects.filter(person=user)
        .select_related("conversation")
        .prefetch_related(Prefetch("conversation__participants", queryset=people))
        .annotate(
            unread=unread,
            has_unread=Case(
                When(unread__gt=0, then=Value(1)), default=Value(0), output_field=IntegerField()
            ),
        )
        .order_by("-has_unread", "-conversation__last_message_at", "-conversation_id")
    )


def messages_of(conversation: Conversation) -> QuerySet[Message]:
    return conversation.messages.select_related("author").order_by("created_at", "pk")


def participants_of(conversation: Conversation) -> list[Participant]:
    return list(conversation.participants.select_related("person").order_by("joined_at", "pk"))


def people_by_handles(handles: Iterable[str]) -> dict[str, list[User]]:
    """Active people whose handle (their name in lower case with hyphens) is
    one of ``handles``, by handle; a handle nobody has is missing."""
    wanted = set(handles)
    found: dict[str, list[int]] = {}
    if not wanted:
        return {}
    # A handle is derived from the name, so the names are read; only the two
    # columns, and only when a conversation is started or a person added.
    for pk, name in User.objects.filter(is_active=True).values_list("pk", "full_name"):
        handle = handle_of(name)
        if handle in wanted:
            found.setdefault(handle, []).append(pk)
    people = User.objects.in_bulk([pk for pks in found.values() for pk in pks])
    return {handle: [people[pk] for pk in pks] for handle, pks in found.items()}


def blocked_by(user: User) -> QuerySet[Block]:
    """The people the person blocked, latest first."""
    return Block.objects.filter(blocker=user).select_related("blocked")


def is_blocking(user: User, person: User) -> bool:
    return user.is_authenticated and Block.objects.filter(blocker=user, blocked=person).exists()
