"""The append-only audit log shared by every app, the public pages' version, and
what the content loader last wrote."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def record_label(record: models.Model, *about: object) -> str:
    """The ``__str__`` of a row about one person: what it is and what it is
    about ("registration #12 · Summer school"), never who. ``__str__`` is copied
    into the Django admin's history, which outlives the person's erasure."""
    return " · ".join([f"{record._meta.verbose_name} #{record.pk}", *map(str, about)])


class AuditEntry(models.Model):
    """Who did what to which object, and when. Rows are never updated or deleted
    (database triggers refuse it, see migration 0002)."""

    at = models.DateTimeField(_("time"), default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("actor"),
        on_delete=models.DO_NOTHING,
        db_constraint=False,  # the person may be anonymised later; the row stays as it was
        null=True,
        blank=True,
        related_name="+",
    )
    action = models.CharField(_("action"), max_length=100, db_index=True)
    object_type = models.CharField(_("object type"), max_length=100, blank=True)
    object_id = models.CharField(_("object id"), max_length=64, blank=True)
    object_repr = models.CharField(_("object"), max_length=200, blank=True)
    changed_fields = models.JSONField(_("changed fields"), default=list, blank=True)
    ip_address = models.GenericIPAddressField(_("IP address"), null=True, blank=True)
    request_id = models.CharField(_("request id"), max_length=36, blank=True)
    # The hash chain (tiltas.core.audit): each entry's hash covers its own
    # fields and the hash of the entry before it, so an entry changed or
    # removed behind the application's back breaks the chain there.
    prev_hash = models.CharField(_("hash of the previous entry"), max_length=64, blank=True)
    hash = models.CharField(_("hash"), max_length=64, blank=True)

    class Meta:
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit log")
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["object_type", "object_id"])]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.action}"


class AuditChainHead(models.Model):
    """The audit log's last entry and its hash: one row, which every writer
    locks before it appends (entries chain in the order they are written), and
    by which the verifier notices entries removed from the end."""

    entry_id = models.BigIntegerField(_("last entry"), null=True, blank=True)
    hash = models.CharField(_("hash of the last entry"), max_length=64, blank=True)

    class Meta:
        verbose_name = _("audit chain head")
        verbose_name_plural = _("audit chain head")
        constraints = [
            models.CheckConstraint(condition=models.Q(id=1), name="core_auditchainhead_one_row")
        ]

    def __str__(self) -> str:
        return f"#{self.entry_id} {self.hash[:12]}"


LOOKUP_LENGTH = 200


class LoadedContent(models.Model):
    """What ``content_load`` last wrote into one row of shipped content: a digest
    per field, so the next load can tell a field it wrote from one a person
    changed since (see ``tiltas/core/content.py``)."""

    model = models.CharField(_("model"), max_length=100)
    lookup = models.CharField(_("lookup"), max_length=LOOKUP_LENGTH)
    digests = models.JSONField(_("digests of the loaded values"), default=dict)

    class Meta:
        verbose_name = _("loaded content")
        verbose_name_plural = _("loaded content")
        constraints = [
            models.UniqueConstraint(fields=["model", "lookup"], name="core_loadedcontent_unique")
        ]

    def __str__(self) -> str:
        return f"{self.model} {self.lookup}"
