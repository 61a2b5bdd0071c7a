"""What the indicators app holds about a person: the manual values they recorded."""

from typing import Any

from tiltas.accounts.models import User
from tiltas.core.personal_data import PersonalDataSource

from .models import ManualValue, Snapshot


def export_person(user: User) -> list[dict[str, Any]]:
    return [
        {
            "indicator": value.indicator.code,
            "value": str(value.value),
            "as_of": value.as_of.isoformat(),
            "evidence_link": value.evidence_link,
            "has_evidence_file": bool(value.evidence_file),
            "note": value.note,
            "recorded_at": value.recorded_at.isoformat(),
        }
        for value in ManualValue.objects.filter(recorded_by=user).select_related("indicator")
    ]


def erase_person(user: User) -> None:
    """Nothing to erase here: a recorded value is project evidence reported to the
    donor, not data about the person. The link to them stays and points at the
    anonymised account (accounts' eraser runs last and anonymises the person);
    if the account row is ever deleted, the link becomes empty (SET_NULL)."""


MANUAL_VALUES = PersonalDataSource(
    "indicators.manual_values", models=(ManualValue,), export=export_person, erase=erase_person
)


def export_snapshots(user: User) -> list[dict[str, Any]]:
    return [
        {
            "month": snapshot.month.strftime("%Y-%m"),
            "made_at": snapshot.made_at.isoformat(),
            "reason": snapshot.reason,
        }
        for snapshot in Snapshot.objects.filter(made_by=user)
    ]


def erase_snapshots(user: User) -> None:
    """Nothing to erase: a snapshot is what was reported to the donor. The link
    to its maker points at the anonymised account, as for recorded values."""


SNAPSHOTS = PersonalDataSource(
    "indicators.snapshots", models=(Snapshot,), export=export_snapshots, erase=erase_snapshots
)
