"""What the channel holds about a person: an officer's designation as case
handler, and the traces of their work on cases (never a reporter: nothing
links a report to an account)."""

from typing import Any

from tiltas.accounts.models import User
from tiltas.core.personal_data import PersonalDataSource

from .models import CaseEvent, CaseHandler, CaseMessage


def export(user: User) -> dict[str, Any]:
    return {
        "case_handler_of": [
            {"organisation": h.organisation.name, "since": h.added_at.isoformat()}
            for h in CaseHandler.objects.filter(user=user).select_related("organisation")
        ],
        # What they did and when; no case content (it belongs to the reporter's file).
        "case_work": [
            {"did": e.kind, "at": e.at.isoformat()} for e in CaseEvent.objects.filter(officer=user)
        ],
    }


def erase(user: User) -> None:
    CaseHandler.objects.filter(user=user).delete()
    # The cases keep their history, unsigned.
    CaseEvent.objects.filter(officer=user).update(officer=None)
    CaseMessage.objects.filter(officer=user).update(officer=None)


CASE_HANDLING = PersonalDataSource(
    name="whistleblowing",
    models=(CaseHandler, CaseEvent, CaseMessage),
    export=export,
    erase=erase,
)
