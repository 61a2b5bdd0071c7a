"""Clusters: groups of organisations and people working on one problem together."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tiltas.accounts.models import Country, Organisation, Region

#: The six thematic areas, by their position on the portal (1..6).
THEME_NUMBERS = range(1, 7)


class ClusterVisibility(models.TextChoices):
    PUBLIC = "public", _("Public: anyone can read it")
    PRIVATE = "private", _("Private: only its members see it")


class JoinPolicy(models.TextChoices):
    OPEN = "open", _("Members join at once")
    REQUEST = "request", _("Members ask to join and a moderator decides")


class ClusterRole(models.TextChoices):
    OWNER = "owner", _("Owner")
    MODERATOR = "moderator", _("Moderator")
    MEMBER = "member", _("Member")


#: Roles that run a cluster: decide requests, invite, moderate posts.
CLUSTER_MODERATORS = frozenset({ClusterRole.OWNER, ClusterRole.MODERATOR})


class Cluster(models.Model):
    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(_("short name"), max_length=80, unique=True)
    description = models.TextField(_("description"), max_length=4000)
    goal = models.TextField(_("goal"), max_length=2000, blank=True)
    country = models.CharField(_("country"), max_length=2, choices=Country.choices, blank=True)
    region = models.CharField(_("region"), max_length=5, choices=Region.choices, blank=True)
    visibility = models.CharField(
        _("visibility"),
        max_length=10,
        choices=ClusterVisibility.choices,
        default=ClusterVisibility.PUBLIC,
    )
    join_policy = models.CharField(
        _("joining"), max_length=10, choices=JoinPolicy.choices, default=JoinPolicy.OPEN
    )
    events = models.ManyToManyField(
        "events.Event", blank=True, related_name="clusters", verbose_name=_("events")
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("cluster")
        verbose_name_plural = _("clusters")
        ordering = ["name", "pk"]

    def __str__(self) -> str:
        return self.name

    @property
    def is_private(self) -> bool:
        return self.visibility == ClusterVisibility.PRIVATE


class ClusterTheme(models.Model):
    """One of the six thematic areas a cluster works on, by its position."""

    cluster = models.ForeignKey(Cluster, on_delete=models.CASCADE, related_name="themes")
    theme = models.PositiveSmallIntegerField(_("thematic area"))

    class Meta:
        ordering = ["theme"]
        constraints = [
            models.UniqueConstraint(fields=["cluster", "theme"], name="network_cluster_theme_once"),
            models.CheckConstraint(
                condition=Q(theme__gte=1, theme__lte=6), name="network_cluster_theme_1_to_6"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.cluster_id}: {self.theme}"


class ClusterMembership(models.Model):
    cluster = models.ForeignKey(Cluster, on_delete=models.CASCADE, related_name="memberships")
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="cluster_memberships"
    )
    role = models.CharField(
        _("role"), max_length=10, choices=ClusterRole.choices, default=ClusterRole.MEMBER
    )
    joined_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["joined_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["cluster", "person"], name="network_member_once"),
        ]

    def __str__(self) -> str:
        return f"{self.cluster_id}: {self.person_id} ({self.role})"

    @property
    def moderates(self) -> bool:
        return self.role in CLUSTER_MODERATORS


class ClusterOrganisation(models.Model):
    """An organisation taking part in a cluster (added when one of its people joins)."""

    cluster = models.ForeignKey(Cluster, on_delete=models.CASCADE, related_name="organisations")
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="cluster_memberships"
    )
    joined_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["organisation__name", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["cluster", "organisation"], name="network_organisation_once"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.cluster_id}: {self.organisation_id}"


class Decision(models.TextChoices):
    PENDING = "pending", _("Waiting for a decision")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")


class JoinRequest(models.Model):
    cluster = models.ForeignKey(Cluster, on_delete=models.CASCADE, related_name="join_requests")
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="cluster_join_requests"
    )
    message = models.TextField(_("message to the moderators"), max_length=1000, blank=True)
    status = models.CharField(max_length=10, choices=Decision.choices, default=Decision.PENDING)
    created_at = models.DateTimeField(default=timezone.now)
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["cluster", "person"],
                condition=Q(status="pending"),
                name="network_one_pending_request",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.cluster_id}: {self.person_id} ({self.status})"


class Invitation(models.Model):
    """An invitation by e-mail; its link works for the person with that address only."""

    cluster = models.ForeignKey(Cluster, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField(_("e-mail address"))
    token = models.CharField(max_length=64, unique=True)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    status = models.CharField(max_length=10, choices=Decision.choices, default=Decision.PENDING)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["cluster", "email"],
                condition=Q(status="pending"),
                name="network_one_pending_invitation",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.cluster_id}: {self.status}"


class NetworkSuspension(models.Model):
    """A person a coordinator stopped from posting and joining in the network."""

    person = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="network_suspension"
    )
    reason = models.CharField(_("reason"), max_length=300)
    suspended_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"{self.person_id}"
