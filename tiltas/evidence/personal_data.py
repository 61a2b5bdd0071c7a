"""What the evidence app holds about a person: the bundles they asked for."""

from typing import Any

from tiltas.core.personal_data import PersonalDataSource

from .models import EvidenceBundle


def export_bundles(user: Any) -> list[dict[str, Any]]:
    return [
        {
            "start": bundle.start.isoformat(),
            "end": bundle.end.isoformat(),
            "requested_at": bundle.requested_at.isoformat(),
        }
        for bundle in EvidenceBundle.objects.filter(requested_by=user)
    ]


def erase_bundles(user: Any) -> None:
    """The bundle is the project's, not the person's: only the link goes. (The
    names inside the archives go when the archives do, days later.)"""
    EvidenceBundle.objects.filter(requested_by=user).update(requested_by=None)


BUNDLES = PersonalDataSource(
    "evidence.bundles", models=(EvidenceBundle,), export=export_bundles, erase=erase_bundles
)
