"""Certificates of programme completion and event attendance, and who signs them."""

import secrets
from datetime import date

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tiltas.core.models import record_label

#: Crockford's base32 without I, L, O and U: nothing to misread when typed from paper.
NUMBER_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
#: 16 characters of 32: 80 random bits, printed as four groups of four.
NUMBER_LENGTH = 16


def new_badge_salt() -> str:
    """The salt of the holder's e-mail in their Open Badge (hashed, never shown)."""
    return secrets.token_hex(16)


def new_number() -> str:
    raw = "".join(secrets.choice(NUMBER_ALPHABET) for _ in range(NUMBER_LENGTH))
    return "-".join(raw[i : i + 4] for i in range(0, NUMBER_LENGTH, 4))


#: Stored as the reason when a certificate is revoked because its holder's data was erased.
ERASED_REASON = "erased"


class CertificateKind(models.TextChoices):
    PROGRAMME = "programme", _("Programme completed")
    EVENT = "event", _("Training attended")


class PdfStatus(models.TextChoices):
    PENDING = "pending", _("Being prepared")
    READY = "ready", _("Ready")
    FAILED = "failed", _("Failed")


class Certificate(models.Model):
    """One achievement of one person. What it states is copied when it is
    issued (name, hours, dates, place, issuer, signatory, competencies), so it
    says the same later; a re-issue (a new name) keeps the number."""

    number = models.CharField(_("number"), max_length=19, unique=True, default=new_number)
    # Null once the person's data is erased: the row stays revoked, for the
    # revocation list and the donor's counts, and verifies as "not found".
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="certificates",
    )
    kind = models.CharField(_("kind"), max_length=10, choices=CertificateKind.choices)
    programme = models.ForeignKey(
        "learning.Programme",
        verbose_name=_("programme"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="certificates",
    )
    event = models.ForeignKey(
        "events.Event",
        verbose_name=_("event"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="certificates",
    )
    #: The completion or registration it was issued for (an id, for the audit trail).
    source_ref = models.CharField(max_length=40, blank=True)
    holder_name = models.CharField(_("holder's name"), max_length=150)
    hours = models.DecimalField(_("hours"), max_digits=5, decimal_places=1, null=True)
    started_on = models.DateField(_("from"), null=True)
    ended_on = models.DateField(_("completed on"))
    place = models.CharField(_("place"), max_length=200, blank=True)
    country = models.CharField(_("country"), max_length=2, blank=True)
    issuer = models.ForeignKey(
        "accounts.Organisation",
        verbose_name=_("issuer"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    issuer_name = models.CharField(_("issuer"), max_length=200)
    #: Signatories are replaced, never edited: what a certificate prints stays.
    signatory = models.ForeignKey(
        "Signatory",
        verbose_name=_("signed by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="certificates",
    )
    issued_on = models.DateField(_("issued"), default=timezone.localdate)
    expires_on = models.DateField(_("valid until"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revocation_reason = models.TextField(_("reason for revocation"), blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    #: The stored PDF, in ``pdf_language``, from the template of ``pdf_version``.
    pdf = models.FileField(upload_to="certificates/", blank=True)
    pdf_status = models.CharField(
        _("PDF"), max_length=10, choices=PdfStatus.choices, default=PdfStatus.PENDING
    )
    pdf_language = models.CharField(max_length=5, blank=True)
    pdf_version = models.CharField(max_length=20, blank=True)
    pdf_attempts = models.PositiveSmallIntegerField(default=0)
    pdf_error = models.CharField(_("last PDF error"), max_length=300, blank=True)
    #: Salts the holder's e-mail address in the Open Badges 2.0 assertion.
    badge_salt = models.CharField(max_length=32, default=new_badge_salt, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_on", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["person", "programme"],
                condition=models.Q(kind="programme"),
                name="credentials_one_per_programme",
            ),
            models.UniqueConstraint(
                fields=["person", "event"],
                condition=models.Q(kind="event"),
                name="credentials_one_per_event",
            ),
            models.CheckConstraint(
                condition=(
                    models.Q(kind="programme", programme__isnull=False, event__isnull=True)
                    | models.Q(kind="event", event__isnull=False)
                ),
                name="credentials_achievement_set",
            ),
            models.CheckConstraint(
                condition=models.Q(revoked_at__isnull=True) | ~models.Q(revocation_reason=""),
                name="credentials_revoked_with_reason",
            ),
        ]
        indexes = [models.Index(fields=["pdf_status", "updated_at"])]

    def __str__(self) -> str:
        return record_label(self)

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None

    def is_expired(self, today: date | None = None) -> bool:
        return self.expires_on is not None and self.expires_on < (today or timezone.localdate())

    @property
    def achievement(self) -> models.Model:
        """The programme or the event (in the active language's title)."""
        return self.programme if self.kind == CertificateKind.PROGRAMME else self.event  # type: ignore[return-value]


class CertificateCompetency(models.Model):
    """A competency the certificate gives evidence for, at the level it shows."""

    certificate = models.ForeignKey(
        Certificate, on_delete=models.CASCADE, related_name="competencies"
    )
    competency = models.ForeignKey(
        "competencies.Competency",
        verbose_name=_("competency"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    level = models.PositiveSmallIntegerField(_("level"))

    class Meta:
        verbose_name = _("competency certified")
        verbose_name_plural = _("competencies certified")
        ordering = ["competency__code"]
        constraints = [
            models.UniqueConstraint(
                fields=["certificate", "competency"], name="credentials_competency_once"
            )
        ]

    def __str__(self) -> str:
        return record_label(self, self.competency_id)


class ReissueReason(models.TextChoices):
    NAME_CHANGED = "name_changed", _("The holder's name changed")
    CORRECTED = "corrected", _("Corrected by a coordinator")


class CertificateRevision(models.Model):
    """A re-issue: the same number, changed content. What changed is named, the
    old values are not kept (an old name is the person's data, and the PDF is
    replaced)."""

    certificate = models.ForeignKey(Certificate, on_delete=models.CASCADE, related_name="revisions")
    at = models.DateTimeField(_("re-issued"), default=timezone.now)
    reason = models.CharField(_("reason"), max_length=20, choices=ReissueReason.choices)
    changed_fields = models.JSONField(default=list)

    class Meta:
        verbose_name = _("re-issue")
        verbose_name_plural = _("re-issues")
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return record_label(self, self.certificate_id)


class Signatory(models.Model):
    """Who signs the certificates, as printed on them: one is current."""

    name = models.CharField(_("name"), max_length=150)
    title = models.CharField(_("title"), max_length=200)
    is_current = models.BooleanField(_("signs new certificates"), default=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("signatory")
        verbose_name_plural = _("signatories")
        ordering = ["-is_current", "-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["is_current"],
                condition=models.Q(is_current=True),
                name="credentials_one_current_signatory",
            )
        ]

    def __str__(self) -> str:
        return self.name
