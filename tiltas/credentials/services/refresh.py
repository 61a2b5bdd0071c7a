"""The periodic job that keeps the certificates' PDFs current."""

from datetime import timedelta

from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from ..models import Certificate, PdfStatus, ReissueReason
from ..pdf import MAX_ATTEMPTS, PDF_VERSION
from .issuance import certificate_reissue
from .scheduling import schedule_pdf

#: A PDF still pending this long after its last change is drawn again (a lost
#: task, or the wait before the next attempt after a failure).
RETRY_AFTER = timedelta(minutes=10)


def certificates_refresh() -> int:
    """The periodic job: retries PDFs that are still pending, draws again those
    of an older template, and re-issues certificates whose holder changed name
    (a safety net for the receiver). Returns how many were scheduled."""
    moment = timezone.now()
    due = Certificate.objects.filter(revoked_at__isnull=True, person__isnull=False).filter(
        Q(pdf_status=PdfStatus.PENDING, updated_at__lte=moment - RETRY_AFTER)
        | (Q(pdf_status=PdfStatus.READY) & ~Q(pdf_version=PDF_VERSION))
        | ~Q(holder_name=F("person__full_name"))
    )
    count = 0
    for certificate in due.select_related("person").order_by("id")[:500]:
        if certificate.person and certificate.holder_name != certificate.person.full_name:
            certificate_reissue(
                certificate=certificate, reason=ReissueReason.NAME_CHANGED, actor=None
            )
        elif certificate.pdf_attempts < MAX_ATTEMPTS:
            with transaction.atomic():
                schedule_pdf(certificate)
        count += 1
    return count
