"""Following clusters, people and organisations, and the activity the stream
is read from."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tiltas.accounts.models import Organisation

from .clusters import Cluster
from .practices import Practice
from .threads import Post, Thread

#: What a follow can point at: exactly one of these columns is set.
FOLLOW_TARGETS = ("cluster", "person", "organisation")


class Follow(models.Model):
    """A member follows a cluster, a person or an organisation, once each."""

    follower = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="network_follows"
    )
    cluster = models.ForeignKey(
        Cluster, on_delete=models.CASCADE, null=True, blank=True, related_name="followers"
    )
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="network_followers",
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="network_followers",
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("follow")
        verbose_name_plural = _("follows")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(cluster__isnull=False, person__isnull=True, organisation__isnull=True)
                    | Q(cluster__isnull=True, person__isnull=False, organisation__isnull=True)
                    | Q(cluster__isnull=True, person__isnull=True, organisation__isnull=False)
                ),
                name="network_follow_one_target",
            ),
            models.CheckConstraint(
                condition=~Q(person=models.F("follower")), name="network_follow_not_oneself"
            ),
            *(
                models.UniqueConstraint(
                    fields=["follower", target],
                    condition=Q(**{f"{target}__isnull": False}),
                    name=f"network_follow_{target}_once",
                )
                for target in FOLLOW_TARGETS
            ),
        ]

    def __str__(self) -> str:
        return f"{self.follower_id} → {self.cluster_id or self.person_id or self.organisation_id}"


class Verb(models.TextChoices):
    THREAD_STARTED = "thread", _("started a thread")
    REPLIED = "reply", _("replied")
    PRACTICE_PUBLISHED = "practice", _("published a good practice")
    PRACTICE_USED = "practice_use", _("uses a good practice too")
    EVENT_LINKED = "event", _("linked an event to a cluster")


class Activity(models.Model):
    """Something that happened in the network, written by the services that do
    it. The columns the stream filters on (actor, cluster, organisation) are
    indexed; the target is one of the nullable foreign keys, by ``verb``."""

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="network_activities"
    )
    verb = models.CharField(max_length=20, choices=Verb.choices)
    cluster = models.ForeignKey(
        Cluster, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    thread = models.ForeignKey(
        Thread, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    post = models.ForeignKey(
        Post, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    practice = models.ForeignKey(
        Practice, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    event = models.ForeignKey(
        "events.Event", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("activity")
        verbose_name_plural = _("activities")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["-created_at", "-id"], name="network_activity_newest"),
            models.Index(fields=["cluster", "-created_at"], name="network_activity_cluster"),
            models.Index(fields=["actor", "-created_at"], name="network_activity_actor"),
            models.Index(
                fields=["organisation", "-created_at"], name="network_activity_organisation"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.actor_id} {self.verb} @ {self.created_at:%Y-%m-%d %H:%M}"
