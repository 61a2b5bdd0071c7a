"""Cases made the way a reporter makes them (through the service), and officers tied to them."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from tiltas.accounts.tests.factories import OrganisationFactory, UserFactory
from tiltas.core.roles import Role
from tiltas.whistleblowing.models import Case, CaseHandler
from tiltas.whistleblowing.receipts import receipt_parse
from tiltas.whistleblowing.services.reporting import Report, case_submit

WHAT = "Mayor Jonaitis took 5 000 EUR from the road contractor on 3 March"


def officer_of(organisation, **kwargs):
    officer = UserFactory(role=Role.INTEGRITY_OFFICER, organisation=organisation, **kwargs)
    CaseHandler.objects.create(user=officer, organisation=organisation)
    return officer


def png_upload(name: str = "photo.png") -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "blue").save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def case_made(organisation=None, *, what: str = WHAT, uploads=(), **report) -> tuple[Case, str]:
    """A case and its receipt code; an officer handles the organisation."""
    if organisation is None:
        organisation = OrganisationFactory()
    if not CaseHandler.objects.filter(organisation=organisation).exists():
        officer_of(organisation)
    receipt = case_submit(
        report=Report(organisation=organisation, what=what, **report), uploads=uploads
    )
    parsed = receipt_parse(receipt.code)
    assert parsed is not None
    return Case.objects.get(lookup=parsed.lookup), receipt.code
