"""What the integrity app holds about a person, for export and erasure (GDPR):
their comments in the guide's consultations."""

from typing import Any

from tiltas.accounts.models import User
from tiltas.core.personal_data import PersonalDataSource

from .models import AdoptionEntry, Comment, GuideVersion
from .services import adoptions_erase_person, comments_erase_person


def export(user: User) -> dict[str, Any]:
    comments = Comment.objects.filter(author=user).select_related("section")
    return {
        "guide_comments": [
            {
                "section": c.section.title,
                "comment": c.body,
                "written": c.created_at.isoformat(),
                "answer": c.answer,
            }
            for c in comments
        ],
        "adoption_steps_recorded": [
            {"adoption": e.adoption_id, "date": e.on.isoformat(), "note": e.note}
            for e in AdoptionEntry.objects.filter(author=user)
        ],
    }


def erase(user: User) -> None:
    comments_erase_person(user)
    GuideVersion.objects.filter(published_by=user).update(published_by=None)
    adoptions_erase_person(user)  # the steps stay on the public timeline, unsigned


COMMENTS = PersonalDataSource(
    name="integrity", models=(Comment, GuideVersion, AdoptionEntry), export=export, erase=erase
)
