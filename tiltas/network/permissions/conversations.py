"""Who may open a conversation: its participants, and nobody else (404 for
administrators too: private messages are private)."""

from django.http import Http404

from tiltas.accounts.models import Visitor
from tiltas.core.access import get_or_404

from ..models import Conversation, Participant


def access_conversation_by_id(user: Visitor, pk: int) -> tuple[Conversation, Participant]:
    """The conversation and the user's place in it."""
    if not user.is_authenticated:
        raise Http404
    place = get_or_404(
        Participant.objects.select_related("conversation"), conversation_id=pk, person=user
    )
    return place.conversation, place


def access_group_by_id(user: Visitor, pk: int) -> tuple[Conversation, Participant]:
    """A group conversation of the user's (a conversation of two takes nobody else: 404)."""
    conversation, place = access_conversation_by_id(user, pk)
    if not conversation.is_group:
        raise Http404
    return conversation, place
