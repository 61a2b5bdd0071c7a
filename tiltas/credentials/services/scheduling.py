"""When certificates' PDFs are drawn: after the commit that changes what they
say, again when one failed (a few times), and when the template changes."""

from django.db import transaction

from tiltas.accounts.models import User
from tiltas.core.audit import audit_record

from ..models import Certificate, PdfStatus
from ..tasks import render_certificate_pdf


def schedule_pdf(certificate: Certificate) -> None:
    """Mark the PDF as being prepared and draw it once the transaction commits
    (the holder is shown "being prepared" until then, never an old or broken file)."""
    if certificate.pdf_status != PdfStatus.PENDING:
        certificate.pdf_status = PdfStatus.PENDING
        certificate.save(update_fields=["pdf_status", "updated_at"])
    certificate_id = certificate.pk
    transaction.on_commit(lambda: render_certificate_pdf.enqueue(certificate_id))


def certificate_pdf_retry(*, certificate: Certificate, actor: User) -> Certificate:
    """A coordinator asks for a failed PDF again: its attempts start over."""
    with transaction.atomic():
        certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
        certificate.pdf_attempts = 0
        certificate.pdf_status = PdfStatus.PENDING
        certificate.save(update_fields=["pdf_attempts", "pdf_status", "updated_at"])
        audit_record(
            actor=actor,
            action="credentials.certificate.pdf_retried",
            obj=certificate,
            changed_fields=["pdf_status"],
        )
        schedule_pdf(certificate)
    return certificate
