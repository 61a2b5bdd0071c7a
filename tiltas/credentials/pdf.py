"""The certificate as a printable A4 PDF (WeasyPrint), in the holder's language.

Run by a background task: a failure is logged, counted and shown to
coordinators, and the holder sees "being prepared" until a PDF is stored.
Nothing is fetched while drawing: the logo is embedded, every other URL refused.
"""

import base64
import hashlib
import logging
import secrets
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from tiltas.core.files import delete_on_commit, files_kept_on_success
from tiltas.core.qr import qr_svg
from tiltas.core.site import absolute_url

from .models import Certificate, PdfStatus

logger = logging.getLogger(__name__)

#: Attempts before a PDF is marked failed (the job retries in between).
MAX_ATTEMPTS = 3
HERE = Path(__file__).resolve().parent
CSS_PATH = HERE / "static" / "credentials" / "certificate_pdf.css"
TEMPLATE_PATH = HERE / "templates" / "credentials" / "certificate_pdf.html"


def template_fingerprint(
    template: Path = TEMPLATE_PATH, style: Path = CSS_PATH, locale: Path = HERE / "locale"
) -> str:
    """What a certificate looks like and says: its template, its style and its
    translations. A deploy that changes any of them changes this, and the
    periodic job then draws every stored PDF again; nobody has to remember."""
    digest = hashlib.sha256()
    for path in [template, style, *sorted(locale.glob("*/LC_MESSAGES/django.mo"))]:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


#: Stored with each PDF; a PDF of another version is drawn again.
PDF_VERSION = template_fingerprint()
LOGO_TYPES = {"png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "webp": "image/webp"}


def verification_url(certificate: Certificate, language: str) -> str:
    with translation.override(language):
        path = reverse("credentials:verify", kwargs={"number": certificate.number})
    return absolute_url(path)


def _logo_data_uri(certificate: Certificate) -> str:
    issuer = certificate.issuer
    if issuer is None or not issuer.logo:
        return ""
    extension = (issuer.logo.name or "").rsplit(".", 1)[-1].lower()
    if extension not in LOGO_TYPES:
        return ""
    try:
        with issuer.logo.open("rb") as logo:
            content = logo.read()
    except OSError:
        logger.warning("certificate %s: the issuer's logo cannot be read", certificate.pk)
        return ""
    return f"data:{LOGO_TYPES[extension]};base64,{base64.b64encode(content).decode()}"


def _data_only_fetcher() -> Any:
    """WeasyPrint's fetcher, allowed ``data:`` URLs only (the embedded logo):
    anything else the template might name is refused, never fetched."""
    from weasyprint.urls import URLFetcher

    return URLFetcher(allowed_protocols={"data"})


def certificate_html(certificate: Certificate, language: str) -> str:
    """The certificate's page, drawn in ``language``."""
    with translation.override(language):
        url = verification_url(certificate, language)
        return render_to_string(
            "credentials/certificate_pdf.html",
            {
                "certificate": certificate,
                "achievement": certificate.achievement,
                "competencies": list(certificate.competencies.select_related("competency")),
                "language": language,
                "verification_url": url,
                "qr": qr_svg(url),
                "logo": _logo_data_uri(certificate),
            },
        )


def certificates_pdf_bytes(certificates: Sequence[Certificate], language: str) -> bytes:
    """One PDF of the certificates, a page each, in ``language``."""
    from weasyprint import CSS, HTML

    style = CSS(filename=str(CSS_PATH))
    documents = [
        HTML(
            string=certificate_html(certificate, language), url_fetcher=_data_only_fetcher()
        ).render(stylesheets=[style])
        for certificate in certificates
    ]
    pages = [page for document in documents for page in document.pages]
    return bytes(documents[0].copy(pages).write_pdf())


def certificate_pdf_store(certificate_id: int) -> bool:
    """Draw and store one certificate's PDF; True when a PDF was stored."""
    certificate = (
        Certificate.objects.select_related("person", "issuer", "signatory", "programme", "event")
        .filter(pk=certificate_id)
        .first()
    )
    if certificate is None or certificate.person is None or certificate.is_revoked:
        return False
    language = certificate.person.preferred_language or settings.LANGUAGE_CODE
    try:
        content = certificates_pdf_bytes([certificate], language)
    except Exception as error:
        _record_failure(certificate, error)
        return False
    with files_kept_on_success() as keep, transaction.atomic():
        locked = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if locked.holder_name != certificate.holder_name or locked.is_revoked:
            return False  # changed while drawing: the newer task draws it
        delete_on_commit(locked.pdf)
        locked.pdf.save(f"{secrets.token_hex(16)}.pdf", ContentFile(content), save=False)
        keep(locked.pdf)
        locked.pdf_status = PdfStatus.READY
        locked.pdf_language = language
        locked.pdf_version = PDF_VERSION
        locked.pdf_attempts = 0
        locked.pdf_error = ""
        locked.save()
    return True


def _record_failure(certificate: Certificate, error: Exception) -> None:
    logger.exception("certificate %s: the PDF could not be drawn", certificate.pk)
    attempts = certificate.pdf_attempts + 1
    Certificate.objects.filter(pk=certificate.pk).update(
        pdf_attempts=attempts,
        pdf_error=f"{type(error).__name__}: {error}"[:300],
        pdf_status=PdfStatus.FAILED if attempts >= MAX_ATTEMPTS else PdfStatus.PENDING,
        updated_at=timezone.now(),
    )
