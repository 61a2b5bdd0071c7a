"""Personal API tokens: trainers and coordinators reach the management
endpoints with them. The token is shown once; only its SHA-256 is kept (it is
random and long, so a slow hash would add nothing) with a short prefix to find it."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class TokenScope(models.TextChoices):
    READ = "read", _("Read")
    WRITE = "write", _("Read and write")


class ApiToken(models.Model):
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    name = models.CharField(_("name"), max_length=80)
    prefix = models.CharField(max_length=12, unique=True, editable=False)
    digest = models.CharField(max_length=64, editable=False)
    scope = models.CharField(_("scope"), max_length=5, choices=TokenScope.choices)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    expires_at = models.DateTimeField(_("expires"))
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)

    class Meta:
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["person", "name"],
                condition=models.Q(revoked_at__isnull=True),
                name="api_token_name_unique_per_person",
            ),
            models.CheckConstraint(
                condition=models.Q(scope__in=["read", "write"]), name="api_token_known_scope"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def audit_label(self) -> str:
        return f"api token #{self.pk}"

    def is_active(self) -> bool:
        return self.revoked_at is None and self.expires_at > timezone.now()
