"""Reads of the channel. Decrypted text leaves here only for the case's own
officers (through ``permissions``) or for the reporter holding the code."""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Exists, OuterRef, QuerySet
from django.utils import timezone

from tiltas.accounts.models import Organisation, User
from tiltas.core.roles import Role

from .encryption import decrypt_text
from .models import Case, CaseEvent, CaseFile, CaseHandler


def organisations_receiving() -> QuerySet[Organisation]:
    """Organisations with at least one case handler: those a report can go to."""
    handled = CaseHandler.objects.filter(organisation=OuterRef("pk"), user__is_active=True)
    return Organisation.objects.filter(Exists(handled)).order_by("name")


def handled_organisation_ids(user: User) -> list[int]:
    return list(
        CaseHandler.objects.filter(user_id=user.pk).values_list("organisation_id", flat=True)
    )


@dataclass(frozen=True)
class CaseRow:
    case: Case
    deadline: str  # "acknowledge", "feedback" or ""
    due_at: datetime | None
    state: str  # "overdue", "due", "pending" or ""


def officer_cases(user: User, *, now: datetime | None = None) -> list[CaseRow]:
    """The cases of the organisations ``user`` handles, what is owed first."""
    now = now or timezone.now()
    cases = (
        Case.objects.filter(organisation_id__in=handled_organisation_ids(user))
        .select_related("organisation")
        .order_by("-received_at")
    )
    rows = []
    for case in cases:
        deadline = case.next_deadline()
        rows.append(
            CaseRow(
                case=case,
                deadline=deadline[0] if deadline else "",
                due_at=deadline[1] if deadline else None,
                state=case.deadline_state(now),
            )
        )
    order = {"overdue": 0, "due": 1, "pending": 2, "": 3}
    return sorted(rows, key=lambda row: order[row.state])


@dataclass(frozen=True)
class Message:
    author: str
    body: str
    sent_at: datetime
    is_question: bool
    officer_name: str = ""
    pk: int = 0
    redacted_at: datetime | None = None


@dataclass(frozen=True)
class Attachment:
    pk: int
    author: str
    name: str
    added_at: datetime


def case_messages(case: Case, *, for_officer: bool) -> list[Message]:
    return [
        Message(
            author=message.author,
            body=decrypt_text(message.body_token),
            sent_at=message.sent_at,
            is_question=message.is_question,
            # The reporter is not told which officer wrote.
            officer_name=message.officer.full_name if for_officer and message.officer else "",
            pk=message.pk,
            redacted_at=message.redacted_at,
        )
        for message in case.messages.select_related("officer")
    ]


def case_attachments(case: Case) -> list[Attachment]:
    return [
        Attachment(pk=f.pk, author=f.author, name=decrypt_text(f.name_token), added_at=f.added_at)
        for f in case.files.all()
    ]


@dataclass(frozen=True)
class CaseText:
    what: str
    when: str
    who: str
    contact: str
    email: str


def case_text(case: Case) -> CaseText:
    return CaseText(
        what=decrypt_text(case.what_token),
        when=decrypt_text(case.when_token),
        who=decrypt_text(case.who_token),
        contact=decrypt_text(case.contact_token),
        email=decrypt_text(case.email_token) if case.email_token else "",
    )


def case_events(case: Case) -> QuerySet[CaseEvent]:
    return case.events.select_related("officer")


def attachment_name(case_file: CaseFile) -> str:
    return decrypt_text(case_file.name_token)


def handlers_list() -> QuerySet[CaseHandler]:
    return CaseHandler.objects.select_related("user", "organisation").order_by(
        "organisation__name", "user__full_name"
    )


def integrity_officers() -> QuerySet[User]:
    return User.objects.filter(role=Role.INTEGRITY_OFFICER, is_active=True).order_by("full_name")
