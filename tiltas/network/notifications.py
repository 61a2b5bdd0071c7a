"""What the network tells people about (registered in apps.py)."""

from collections.abc import Mapping
from typing import Any

from django.utils.translation import gettext_lazy as _

from tiltas.accounts.models import User
from tiltas.notifications.kinds import NotificationKind


def may_see_cluster(user: User, params: Mapping[str, Any]) -> bool:
    """Whether the reader still sees the cluster the notification is about."""
    from .permissions.clusters import clusters_visible_to

    return clusters_visible_to(user).filter(pk=params.get("cluster")).exists()


REPLY = NotificationKind(
    "network.reply",
    _("Replies in threads I watch"),
    _("%(person)s replied in “%(thread)s”."),
    may_see=may_see_cluster,
)
MENTION = NotificationKind(
    "network.mention",
    _("Mentions of me"),
    _("%(person)s mentioned you in “%(thread)s”."),
    may_see=may_see_cluster,
)
JOIN_REQUEST = NotificationKind(
    "network.join_request",
    _("Requests to join clusters I moderate"),
    _("%(person)s asks to join “%(cluster_name)s”."),
    may_see=may_see_cluster,
)
INVITATION = NotificationKind(
    "network.invitation",
    _("Invitations to clusters"),
    _("%(person)s invites you to join “%(cluster_name)s”."),
)
POST_HIDDEN = NotificationKind(
    "network.post_hidden",
    _("My posts hidden by a moderator"),
    _("A moderator hid your post in “%(thread)s”."),
)


def may_see_conversation(user: User, params: Mapping[str, Any]) -> bool:
    """Whether the reader is still in the conversation (not after leaving it)."""
    from .models import Participant

    return Participant.objects.filter(
        conversation_id=params.get("conversation"), person_id=user.pk
    ).exists()


MESSAGE = NotificationKind(
    "network.message",
    _("Private messages to me"),
    _("%(person)s wrote to you in a private conversation."),
    may_see=may_see_conversation,
)
