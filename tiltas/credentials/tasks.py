"""Background work: drawing certificates' PDFs, telling holders of a revocation."""

from django.tasks import task

from .emails import send_revocation_email
from .models import Certificate
from .pdf import certificate_pdf_store


@task()
def render_certificate_pdf(certificate_id: int) -> bool:
    return certificate_pdf_store(certificate_id)


@task()
def send_certificate_revoked(certificate_id: int) -> bool:
    certificate = (
        Certificate.objects.select_related("person", "programme", "event")
        .filter(pk=certificate_id)
        .first()
    )
    return certificate is not None and send_revocation_email(certificate)
