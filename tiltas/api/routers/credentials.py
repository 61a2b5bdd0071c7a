"""Checking a certificate by its number, as the public check page does."""

from datetime import date, datetime

from django.http import HttpRequest
from ninja import Router, Schema

from tiltas.credentials import selectors

router = Router(tags=["certificates"])


class VerificationOut(Schema):
    status: str
    number: str | None = None
    kind: str | None = None
    holder: str | None = None
    achievement: str | None = None
    issuer: str | None = None
    issued_on: date | None = None
    expires_on: date | None = None
    revoked_at: datetime | None = None


@router.get("/certificates/{number}", response=VerificationOut, url_name="certificate")
def certificate(request: HttpRequest, number: str) -> dict[str, object]:
    """``valid``, ``revoked``, ``expired`` or ``not_found``; for a number found,
    what the certificate says, as its public check page shows it."""
    result = selectors.certificate_verify(number)
    found = result.certificate
    if found is None:
        return {"status": result.status}
    return {
        "status": result.status,
        "number": found.number,
        "kind": found.kind,
        "holder": found.holder_name,
        "achievement": str(found.achievement),
        "issuer": found.issuer_name,
        "issued_on": found.issued_on,
        "expires_on": found.expires_on,
        "revoked_at": found.revoked_at,
    }
