"""Private conversations and blocks: what they hold about a person (GDPR).

The export has the person's own messages and the conversations they are in;
others' messages are theirs and stay out. Erasure keeps the person's
messages, signed "former member", as with posts, so the others' conversations
still read; their places and the blocks they made or received go."""

from typing import Any

from django.db import transaction

from tiltas.accounts.models import User
from tiltas.core.personal_data import PersonalDataSource

from ..models import Block, Conversation, Message, Participant
from ..services.conversations import conversations_erase_person


def export(user: User) -> dict[str, Any]:
    return {
        "conversations": [
            {
                "conversation": place.conversation_id,
                "group": place.conversation.is_group,
                "joined_at": place.joined_at.isoformat(),
                "last_read_at": place.last_read_at.isoformat() if place.last_read_at else None,
            }
            for place in Participant.objects.filter(person=user)
            .select_related("conversation")
            .order_by("pk")
        ],
        "messages_written": [
            {
                "conversation": message.conversation_id,
                "written_at": message.created_at.isoformat(),
                "text": message.body,
            }
            for message in Message.objects.filter(author=user).order_by("pk")
        ],
        "people_blocked": [
            {"person": block.blocked.full_name, "since": block.created_at.isoformat()}
            for block in Block.objects.filter(blocker=user).select_related("blocked")
        ],
    }


def erase(user: User) -> None:
    with transaction.atomic():
        conversations_erase_person(user)
        Block.objects.filter(blocker=user).delete()
        Block.objects.filter(blocked=user).delete()


CONVERSATIONS = PersonalDataSource(
    "network_conversations",
    models=(Conversation, Participant, Message, Block),
    export=export,
    erase=erase,
)
