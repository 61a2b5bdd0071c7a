"""Private conversations (one to one, or a small group) and blocking.

A conversation is read only by its participants: administrators and
moderators included, nobody else opens it. A person who leaves is no longer a
participant; the last one to leave takes the conversation with them."""

from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

#: The longest message, in characters.
MESSAGE_MAX_LENGTH = 5_000
#: Everyone in a conversation, its starter included (1 to 9 others).
MAX_PARTICIPANTS = 10


class Conversation(models.Model):
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    #: A group takes more people later; a conversation of two stays between them.
    is_group = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)
    last_message_at = models.DateTimeField(default=timezone.now)
    message_count = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-last_message_at", "-pk"]

    def __str__(self) -> str:
        return f"conversation #{self.pk}"

    def audit_label(self) -> str:
        return f"network.conversation #{self.pk}"


class Participant(models.Model):
    conversation = models.ForeignKey(
        Conversation, on_delete=models.CASCADE, related_name="participants"
    )
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="conversation_places"
    )
    joined_at = models.DateTimeField(default=timezone.now)
    #: Messages after this are unread; empty until the person first opens it.
    last_read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["joined_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["conversation", "person"], name="network_participant_once"
            ),
        ]
        indexes = [models.Index(fields=["person", "conversation"])]

    def __str__(self) -> str:
        return f"{self.conversation_id}: {self.person_id}"


class Message(models.Model):
    conversation = models.ForeignKey(
        Conversation, on_delete=models.CASCADE, related_name="messages"
    )
    #: Empty once the author's personal data is erased: shown as "former member".
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="conversation_messages",
    )
    body = models.TextField(
        _("message"),
        max_length=MESSAGE_MAX_LENGTH,
        validators=[MaxLengthValidator(MESSAGE_MAX_LENGTH)],
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [
            models.Index(fields=["conversation", "created_at", "id"]),
            models.Index(fields=["author", "created_at"]),
        ]

    def __str__(self) -> str:
        return f"#{self.pk}"

    def audit_label(self) -> str:
        return f"network.message #{self.pk}"


class Block(models.Model):
    """``blocker`` no longer hears from ``blocked``: no conversations, no
    @mention notifications, no notifications about their posts."""

    blocker = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="network_blocks"
    )
    blocked = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["blocker", "blocked"], name="network_block_once"),
            models.CheckConstraint(
                condition=~Q(blocker=F("blocked")), name="network_block_not_oneself"
            ),
        ]
        indexes = [models.Index(fields=["blocked", "blocker"])]

    def __str__(self) -> str:
        return f"{self.blocker_id} ⊘ {self.blocked_id}"

    def audit_label(self) -> str:
        return f"network.block #{self.pk}"
