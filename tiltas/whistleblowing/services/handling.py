"""The officers' side. Every access to a case is a ``CaseEvent`` the other
officers of the institution see, and an audit entry naming no case content
(and, through ``anonymous_request``, no address)."""

from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from tiltas.accounts.models import User
from tiltas.core.audit import audit_record

from ..encryption import encrypt_text
from ..models import (
    CASE_LABEL,
    Author,
    Case,
    CaseEvent,
    CaseEventKind,
    CaseFile,
    CaseMessage,
    Outcome,
    Status,
)
from .files import attachment_content
from .notices import reporter_tell


def _record(case: Case, officer: User, kind: str) -> None:
    CaseEvent.objects.create(case=case, officer=officer, kind=kind)
    audit_record(actor=officer, action=f"whistleblowing.case.{kind}", label=CASE_LABEL)


def _locked(case: Case) -> Case:
    return Case.objects.select_for_update().get(pk=case.pk)


@transaction.atomic
def case_open(*, case: Case, officer: User) -> None:
    _record(case, officer, CaseEventKind.OPENED)


@transaction.atomic
def case_file_open(*, case_file: CaseFile, officer: User) -> bytes:
    _record(case_file.case, officer, CaseEventKind.DOWNLOADED)
    return attachment_content(case_file)


def _acknowledge(case: Case, now: datetime) -> None:
    if case.acknowledged_at is None:
        case.acknowledged_at = now
    if case.status == Status.RECEIVED:
        case.status = Status.ACKNOWLEDGED


@transaction.atomic
def case_acknowledge(*, case: Case, officer: User) -> Case:
    case = _locked(case)
    if case.status != Status.RECEIVED:
        raise ValidationError(_("The report was already acknowledged."), code="acknowledged")
    _acknowledge(case, timezone.now())
    case.save(update_fields=["acknowledged_at", "status"])
    _record(case, officer, CaseEventKind.ACKNOWLEDGED)
    return case


def _message(case: Case, officer: User, body: str, *, is_question: bool = False) -> CaseMessage:
    message = CaseMessage.objects.create(
        case=case,
        author=Author.OFFICER,
        officer=officer,
        body_token=encrypt_text(body),
        is_question=is_question,
    )
    transaction.on_commit(lambda: reporter_tell(case=case))
    return message


@transaction.atomic
def case_message_send(*, case: Case, officer: User, body: str, is_question: bool) -> CaseMessage:
    """A reply or a question to the reporter. Writing acknowledges the report
    and, once it is acknowledged, is the feedback the reporter is owed."""
    case = _locked(case)
    if case.status == Status.CLOSED:
        raise ValidationError(_("This case is closed."), code="closed")
    if not body.strip():
        raise ValidationError(_("Write a message."), code="empty")
    now = timezone.now()
    was_acknowledged = case.acknowledged_at is not None
    _acknowledge(case, now)
    if was_acknowledged and case.feedback_at is None:
        case.feedback_at = now
    case.save(update_fields=["acknowledged_at", "status", "feedback_at"])
    message = _message(case, officer, body, is_question=is_question)
    _record(case, officer, CaseEventKind.ASKED if is_question else CaseEventKind.REPLIED)
    return message


@transaction.atomic
def case_status_change(*, case: Case, officer: User, status: str) -> Case:
    """Acknowledged or in follow-up; closing takes an outcome (``case_close``)."""
    case = _locked(case)
    if status not in (Status.ACKNOWLEDGED, Status.FOLLOW_UP) or case.status == Status.CLOSED:
        raise ValidationError(_("This status cannot be set here."), code="status")
    _acknowledge(case, timezone.now())
    case.status = status
    case.save(update_fields=["acknowledged_at", "status"])
    _record(case, officer, CaseEventKind.STATUS_CHANGED)
    return case


@transaction.atomic
def case_close(*, case: Case, officer: User, outcome: str, message: str) -> Case:
    """Closed with an outcome, told to the reporter in ``message``."""
    case = _locked(case)
    if case.status == Status.CLOSED:
        raise ValidationError(_("This case is closed."), code="closed")
    if outcome not in Outcome.values:
        raise ValidationError(_("Choose an outcome."), code="outcome")
    if not message.strip():
        raise ValidationError(_("Tell the reporter how the case ends."), code="empty")
    now = timezone.now()
    _acknowledge(case, now)
    case.status, case.outcome, case.closed_at = Status.CLOSED, outcome, now
    case.feedback_at = case.feedback_at or now
    case.save(update_fields=["acknowledged_at", "status", "outcome", "closed_at", "feedback_at"])
    _message(case, officer, message)
    _record(case, officer, CaseEventKind.CLOSED)
    return case


@transaction.atomic
def case_message_redact(*, message: CaseMessage, officer: User) -> CaseMessage:
    """Remove a message's text for good (a third person's name written in it, say):
    the message stays, marked redacted, and the case's history says who did it."""
    _locked(message.case)
    message = CaseMessage.objects.select_for_update().get(pk=message.pk)
    if message.redacted_at is not None:
        raise ValidationError(_("This message was already redacted."), code="redacted")
    message.body_token = encrypt_text("")
    message.redacted_at = timezone.now()
    message.save(update_fields=["body_token", "redacted_at"])
    _record(message.case, officer, CaseEventKind.REDACTED)
    return message
