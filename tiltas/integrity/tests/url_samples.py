"""Arguments to reverse every URL of the integrity app that takes some (permission matrix)."""

from tiltas.integrity.models import Comment, GuideState
from tiltas.integrity.services import comment_add

from .factories import adopted_with_evidence, first_section, the_guide


def url_samples() -> dict[str, dict]:
    from tiltas.accounts.tests.factories import UserFactory

    guide = the_guide()
    section = first_section(guide)
    guide.state = GuideState.CONSULTATION
    guide.save()
    comment = Comment.objects.first() or comment_add(
        section=section, author=UserFactory(), body="Ar tai taikoma ir seniūnijoms?"
    )
    adoption = _adoption()
    entry = adoption.entries.exclude(evidence="").first()
    risk = _risk(adoption.organisation)
    return {
        "integrity:risks": {"slug": risk.organisation.slug},
        "integrity:risk_create": {"slug": risk.organisation.slug},
        "integrity:risk_edit": {"slug": risk.organisation.slug, "pk": risk.pk},
        "integrity:risks_xlsx": {"slug": risk.organisation.slug},
        "integrity:measure": {"slug": adoption.measure.slug},
        "integrity:organisation": {"slug": adoption.organisation.slug},
        "integrity:evidence": {"pk": entry.pk},
        "integrity:manage_measure_edit": {"pk": adoption.measure_id},
        "integrity:manage_adoption": {"pk": adoption.pk},
        "integrity:version": {"number": 1},
        "integrity:version_pdf": {"number": 1},
        "integrity:comment": {"pk": section.pk},
        "integrity:manage_chapter_edit": {"pk": section.chapter_id},
        "integrity:manage_section_create": {"pk": section.chapter_id},
        "integrity:manage_section_edit": {"pk": section.pk},
        "integrity:manage_comment_answer": {"pk": comment.pk},
    }


_OWN_ORGANISATION = (
    "an adoption is recorded by coordinators or the organisation's own integrity "
    "officer; an integrity officer of another organisation gets 404"
)
_REGISTER = (
    "a risk register is private to its organisation's staff and the coordinators: "
    "staff of another organisation get 404"
)
NOT_FOUND_BY_DESIGN = {
    "integrity:manage_adoption": _OWN_ORGANISATION,
    "integrity:risks": _REGISTER,
    "integrity:risk_create": _REGISTER,
    "integrity:risk_edit": _REGISTER,
    "integrity:risks_xlsx": _REGISTER,
}


def _risk(organisation):
    from datetime import date

    from tiltas.integrity.models import Risk

    return Risk.objects.first() or Risk.objects.create(
        organisation=organisation, area="procurement", description="Pirkimų skaidymas",
        criteria=["funds"], likelihood=4, impact=3, owner="Pirkimų vadovas",
        review_on=date(2027, 1, 1),
    )  # fmt: skip


def _adoption():
    """An adoption with evidence on its timeline: the demo's have none."""
    from tiltas.integrity.models import AdoptionEntry

    entry = AdoptionEntry.objects.exclude(evidence="").select_related("adoption").first()
    return entry.adoption if entry is not None else adopted_with_evidence()
