"""What the network holds about a person, for export and erasure (GDPR): their
network profile, the good practices they wrote, their comments and the marks
"we use this too" they made for their organisation."""

from typing import Any

from tiltas.accounts.models import User
from tiltas.core.personal_data import PersonalDataSource

from ..models import NetworkProfile, Practice, PracticeComment, PracticeUse, SearchEntry
from ..services.people import profile_erase
from ..services.practices import practices_erase_person


def _profile(user: User) -> dict[str, Any] | None:
    profile = NetworkProfile.objects.filter(person=user).first()
    if profile is None:
        return None
    return {
        "about_me": profile.bio,
        "region": profile.region,
        "competency_areas": [area.name for area in profile.areas.order_by("order")],
        "who_sees": {
            field.name.removesuffix("_visibility"): getattr(profile, field.name)
            for field in NetworkProfile._meta.concrete_fields
            if field.name.endswith("_visibility")
        },
    }


def export(user: User) -> dict[str, Any]:
    return {
        "network_profile": _profile(user),
        "good_practices_written": [
            {"id": p.pk, "title": p.title, "status": p.status, "created": p.created_at.isoformat()}
            for p in Practice.objects.filter(author=user).order_by("pk")
        ],
        "good_practice_comments": [
            {"practice": c.practice_id, "comment": c.body, "written": c.created_at.isoformat()}
            for c in PracticeComment.objects.filter(author=user).order_by("pk")
        ],
        "good_practices_marked_as_used": [
            {"practice": u.practice_id, "organisation": u.organisation_id}
            for u in PracticeUse.objects.filter(marked_by=user).order_by("pk")
        ],
    }


def erase(user: User) -> None:
    profile_erase(user)
    practices_erase_person(user)


PEOPLE_AND_PRACTICES = PersonalDataSource(
    name="network_people",
    # SearchEntry: the name in the search index (derived, not exported; erased).
    models=(NetworkProfile, Practice, PracticeComment, PracticeUse, SearchEntry),
    export=export,
    erase=erase,
)
