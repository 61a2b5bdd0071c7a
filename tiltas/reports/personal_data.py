"""What the reports app holds about a person: the reports they asked for and the
narratives they wrote."""

from typing import Any

from tiltas.accounts.models import User
from tiltas.core.personal_data import PersonalDataSource

from .models import Narrative, Report


def export_person(user: User) -> dict[str, list[dict[str, Any]]]:
    return {
        "reports": [
            {
                "period": f"{report.start.isoformat()}/{report.end.isoformat()}",
                "language": report.language,
                "requested_at": report.requested_at.isoformat(),
            }
            for report in Report.objects.filter(requested_by=user)
        ],
        "narratives": [
            {
                "period": f"{narrative.start.isoformat()}/{narrative.end.isoformat()}",
                "activity": narrative.activity.code,
                "language": narrative.language,
                "text": narrative.text,
                "written_at": narrative.updated_at.isoformat(),
            }
            for narrative in Narrative.objects.filter(updated_by=user).select_related("activity")
        ],
    }


def erase_person(user: User) -> None:
    """Nothing to erase: a report and its narratives are what was told to the
    donor, not data about the person. The links point at the anonymised account
    (accounts' eraser runs last); a deleted account leaves them empty (SET_NULL)."""


REPORTS = PersonalDataSource(
    "reports.reports", models=(Report, Narrative), export=export_person, erase=erase_person
)
