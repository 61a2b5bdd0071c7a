from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .kinds import Delivery


class Notification(models.Model):
    """Something a person is told about. It keeps the kind and its parameters,
    not text, so it reads in the reader's language whenever it is shown."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notifications",
        verbose_name=_("recipient"),
    )
    kind = models.CharField(_("kind"), max_length=80)
    params = models.JSONField(_("parameters"), default=dict, blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("actor"),
    )
    url = models.CharField(_("link"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True, db_index=True)
    read_at = models.DateTimeField(_("read"), null=True, blank=True)
    #: When it went out by e-mail (alone or in a digest): it is mailed once.
    emailed_at = models.DateTimeField(_("e-mailed"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["recipient", "read_at"], name="notif_recipient_unread"),
            # What the digest job looks for: the few rows not mailed yet.
            models.Index(
                fields=["recipient"],
                condition=models.Q(emailed_at__isnull=True),
                name="notif_not_emailed",
            ),
        ]
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")

    def __str__(self) -> str:
        return f"{self.kind} → {self.recipient_id}"


class DeliveryPreference(models.Model):
    """How a person wants to be told by e-mail: one row a person, made when
    they first choose or are first sent a digest (until then, a daily digest)."""

    person = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notification_preference",
        verbose_name=_("person"),
    )
    delivery = models.CharField(
        _("e-mail delivery"), max_length=12, choices=Delivery.choices, default=Delivery.DAILY
    )
    #: Kind key → a Delivery value, where the person chose otherwise for that kind.
    by_kind = models.JSONField(_("delivery by kind"), default=dict, blank=True)
    last_digest_at = models.DateTimeField(_("last digest sent"), null=True, blank=True)

    class Meta:
        verbose_name = _("e-mail delivery preference")
        verbose_name_plural = _("e-mail delivery preferences")

    def __str__(self) -> str:
        return f"{self.person_id}: {self.delivery}"

    def delivery_of(self, kind: str) -> str:
        chosen = self.by_kind.get(kind, "")
        return chosen if chosen in Delivery.values else self.delivery
