"""The holder's own certificates: each PDF, and all of them as one."""

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext as _

from tiltas.core.access import signed_in
from tiltas.core.uploads import attachment_response

from .. import selectors
from ..models import PdfStatus
from ..pdf import certificates_pdf_bytes
from ..permissions import access_certificate_by_number


@signed_in
def pdf(request: HttpRequest, number: str) -> HttpResponse:
    """The stored PDF; none while it is being prepared (the record says so)."""
    certificate = access_certificate_by_number(request.user, number)
    if certificate.is_revoked or certificate.pdf_status != PdfStatus.READY:
        raise Http404
    name = slugify(str(certificate.achievement))[:60] or "certificate"
    return attachment_response(
        certificate.pdf, filename=f"{name}-{certificate.number}.pdf", content_type="application/pdf"
    )


@signed_in
def all_pdf(request: HttpRequest) -> HttpResponse:
    """Every certificate that is not revoked, a page each, in one PDF drawn now
    in the language of the page."""
    certificates = [c for c in selectors.certificates_of(request.user) if not c.is_revoked]
    if not certificates:
        messages.info(request, _("You have no certificates to download yet."))
        return redirect("learning:record")
    content = certificates_pdf_bytes(certificates, translation.get_language())
    return attachment_response(
        content, filename=f"{slugify(_('certificates'))}.pdf", content_type="application/pdf"
    )
