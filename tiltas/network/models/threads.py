"""Threads of a cluster and their posts, with reactions, edit history,
subscriptions and flags."""

from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .clusters import Cluster

#: The longest post, in characters.
POST_MAX_LENGTH = 10_000


class Thread(models.Model):
    cluster = models.ForeignKey(Cluster, on_delete=models.CASCADE, related_name="threads")
    title = models.CharField(_("title"), max_length=200)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    last_posted_at = models.DateTimeField(default=timezone.now)
    post_count = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-last_posted_at", "-pk"]
        indexes = [models.Index(fields=["cluster", "-last_posted_at"])]

    def __str__(self) -> str:
        return self.title


class Post(models.Model):
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="posts")
    #: Empty once the author's personal data is erased: shown as "former member".
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="network_posts",
    )
    body = models.TextField(
        _("message"), max_length=POST_MAX_LENGTH, validators=[MaxLengthValidator(POST_MAX_LENGTH)]
    )
    created_at = models.DateTimeField(default=timezone.now)
    edited_at = models.DateTimeField(null=True, blank=True)
    is_hidden = models.BooleanField(default=False)

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [
            models.Index(fields=["thread", "created_at", "id"]),
            models.Index(fields=["author", "created_at"]),
        ]

    def __str__(self) -> str:
        return f"#{self.pk}"


class PostRevision(models.Model):
    """What a post said before an edit (moderators read the history)."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="revisions")
    body = models.TextField()
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    edited_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-edited_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.post_id} @ {self.edited_at:%Y-%m-%d %H:%M}"


class ReactionKind(models.TextChoices):
    USEFUL = "useful", _("Useful")
    THANKS = "thanks", _("Thanks")


class Reaction(models.Model):
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="reactions")
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="network_reactions"
    )
    kind = models.CharField(max_length=10, choices=ReactionKind.choices)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["post", "person", "kind"], name="network_reaction_once"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.post_id}: {self.kind}"


class SubscriptionLevel(models.TextChoices):
    WATCHING = "watching", _("Watching: tell me about every reply")
    NORMAL = "normal", _("Normal: tell me when I am mentioned")
    MUTED = "muted", _("Muted: tell me nothing")


class Subscription(models.Model):
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="subscriptions")
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="network_subscriptions"
    )
    level = models.CharField(_("notifications"), max_length=10, choices=SubscriptionLevel.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["thread", "person"], name="network_subscription_once"),
        ]

    def __str__(self) -> str:
        return f"{self.thread_id}: {self.level}"


class FlagReason(models.TextChoices):
    SPAM = "spam", _("Spam or advertising")
    ABUSE = "abuse", _("Rude or abusive")
    OFF_TOPIC = "off_topic", _("Off topic")
    PERSONAL_DATA = "personal_data", _("Shares someone's personal data")
    OTHER = "other", _("Something else")


class Flag(models.Model):
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="flags")
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="network_flags"
    )
    reason = models.CharField(_("reason"), max_length=20, choices=FlagReason.choices)
    note = models.CharField(_("details (optional)"), max_length=500, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["post", "person"], name="network_flag_once"),
        ]
        indexes = [
            models.Index(
                fields=["resolved_at"],
                condition=Q(resolved_at__isnull=True),
                name="network_open_flags",
            )
        ]

    def __str__(self) -> str:
        return f"{self.post_id}: {self.reason}"
