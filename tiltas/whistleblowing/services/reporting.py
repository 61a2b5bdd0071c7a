"""The reporter's side: a report made, a case found by its receipt code, a reply.

Nothing here knows who the reporter is: no user, no address, no browser is
passed in, and the audit entries have no actor (and, through
``anonymous_request``, no address)."""

from collections.abc import Sequence
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from tiltas.accounts.models import Organisation
from tiltas.core.audit import audit_record
from tiltas.core.files import files_kept_on_success

from ..encryption import encrypt_text
from ..models import CASE_LABEL, Author, Case, CaseHandler, CaseMessage, Status
from ..receipts import Receipt, receipt_new, receipt_parse, secret_hash, secret_matches
from .files import attachment_prepare, attachment_store
from .notices import officers_tell_received


@dataclass(frozen=True)
class Report:
    organisation: Organisation
    what: str
    when: str = ""
    who: str = ""
    confidential: bool = False
    contact: str = ""
    email: str = ""


def case_submit(*, report: Report, uploads: Sequence[UploadedFile[bytes]] = ()) -> Receipt:
    """Record a report and return its receipt (the only time the code exists in clear)."""
    if not CaseHandler.objects.filter(organisation=report.organisation).exists():
        raise ValidationError(_("This organisation receives no reports."), code="organisation")
    prepared = [attachment_prepare(upload) for upload in uploads]
    contact = report.contact if report.confidential else ""
    with files_kept_on_success() as keep, transaction.atomic():
        case, receipt = _case_create(report, contact)
        for item in prepared:
            attachment_store(case=case, author=Author.REPORTER, prepared=item, keep=keep)
        audit_record(actor=None, action="whistleblowing.case.received", label=CASE_LABEL)
        organisation_id = case.organisation_id
        transaction.on_commit(lambda: officers_tell_received(organisation_id=organisation_id))
    return receipt


def _case_create(report: Report, contact: str) -> tuple[Case, Receipt]:
    for _attempt in range(5):
        receipt = receipt_new()
        try:
            with transaction.atomic():
                case = Case.objects.create(
                    organisation=report.organisation,
                    lookup=receipt.lookup,
                    secret_hash=secret_hash(receipt.secret),
                    confidential=report.confidential,
                    what_token=encrypt_text(report.what),
                    when_token=encrypt_text(report.when),
                    who_token=encrypt_text(report.who),
                    contact_token=encrypt_text(contact),
                    email_token=encrypt_text(report.email) if report.email else "",
                    language=get_language() or "",
                )
            return case, receipt
        except IntegrityError:  # the lookup part is taken: draw again
            continue
    raise RuntimeError("no free receipt code after five draws")


def case_find(*, code: str) -> Case | None:
    """The case a receipt code opens, or None: the same for a wrong code as
    for an unknown one, after the same work."""
    receipt = receipt_parse(code)
    if receipt is None:  # not even the shape of a code: nothing to time
        return None
    case = Case.objects.select_related("organisation").filter(lookup=receipt.lookup).first()
    if not secret_matches(receipt.secret, case.secret_hash if case else None):
        return None
    return case


def reporter_reply(
    *, case: Case, body: str, uploads: Sequence[UploadedFile[bytes]] = ()
) -> CaseMessage | None:
    """The reporter writes to the case handlers, with files or not."""
    if case.status == Status.CLOSED:
        raise ValidationError(_("This case is closed."), code="closed")
    if not body.strip() and not uploads:
        raise ValidationError(_("Write a message or add a file."), code="empty")
    prepared = [attachment_prepare(upload) for upload in uploads]
    message = None
    with files_kept_on_success() as keep, transaction.atomic():
        if body.strip():
            message = CaseMessage.objects.create(
                case=case, author=Author.REPORTER, body_token=encrypt_text(body)
            )
        for item in prepared:
            attachment_store(case=case, author=Author.REPORTER, prepared=item, keep=keep)
        audit_record(actor=None, action="whistleblowing.case.reporter_wrote", label=CASE_LABEL)
    return message
