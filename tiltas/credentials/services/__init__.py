"""The credentials app's writes: issuing, re-issuing, revoking, the PDFs."""

from .issuance import (
    certificate_issue_for_completion,
    certificate_issue_for_registration,
    certificate_reissue,
    certificates_issue_for_event,
    certificates_reissue_for_person,
)
from .refresh import certificates_refresh
from .revocation import certificate_revoke, certificates_erase_person, signatory_replace
from .scheduling import certificate_pdf_retry

__all__ = [
    "certificate_issue_for_completion",
    "certificate_issue_for_registration",
    "certificate_pdf_retry",
    "certificate_reissue",
    "certificate_revoke",
    "certificates_erase_person",
    "certificates_issue_for_event",
    "certificates_refresh",
    "certificates_reissue_for_person",
    "signatory_replace",
]
