"""Revoking certificates, erasing a holder's, and replacing the signatory."""

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from tiltas.accounts.models import User
from tiltas.core.audit import audit_record
from tiltas.core.files import delete_on_commit

from ..models import ERASED_REASON, Certificate, CertificateRevision, Signatory
from ..tasks import send_certificate_revoked


def certificate_revoke(*, certificate: Certificate, reason: str, actor: User) -> Certificate:
    """Revoke at once (verification and badges read the row); the holder is
    told by e-mail after the commit. The reason is kept for the holder and
    coordinators, never shown on the public page."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": _("Give the reason for revoking the certificate.")})
    with transaction.atomic():
        certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if certificate.is_revoked:
            raise ValidationError(_("This certificate is revoked already."), code="revoked")
        certificate.revoked_at = timezone.now()
        certificate.revocation_reason = reason[:2000]
        certificate.revoked_by = actor
        certificate.save(
            update_fields=["revoked_at", "revocation_reason", "revoked_by", "updated_at"]
        )
        audit_record(
            actor=actor,
            action="credentials.certificate.revoked",
            obj=certificate,
            changed_fields=["revoked_at", "revocation_reason"],
        )
        certificate_id = certificate.pk
        transaction.on_commit(lambda: send_certificate_revoked.enqueue(certificate_id))
    return certificate


def certificates_erase_person(person: User) -> None:
    """Erasure: the certificates are revoked and cut from the person, their
    PDFs removed; the numbers then verify as "not found". The rows stay, so
    the revocation list still lists their badges."""
    now = timezone.now()
    with transaction.atomic():
        CertificateRevision.objects.filter(certificate__person=person).delete()
        for certificate in Certificate.objects.select_for_update().filter(person=person):
            delete_on_commit(certificate.pdf)
            certificate.pdf = ""
            certificate.person = None
            certificate.holder_name = ""
            certificate.revoked_at = certificate.revoked_at or now
            certificate.revocation_reason = ERASED_REASON
            certificate.save()


def signatory_replace(*, name: str, titles: dict[str, Any], actor: User) -> Signatory:
    """A new signatory signs the certificates issued from now on; those issued
    before keep theirs."""
    with transaction.atomic():
        Signatory.objects.filter(is_current=True).update(is_current=False)
        signatory = Signatory(name=name.strip(), is_current=True, **titles)
        signatory.full_clean()
        signatory.save()
        audit_record(
            actor=actor,
            action="credentials.signatory.replaced",
            obj=signatory,
            changed_fields=["name", "title"],
        )
    return signatory
