"""Permission-checked fetches: each raises Http404 when the user may not see the object."""

from django.http import Http404

from tiltas.accounts.models import Organisation, Visitor
from tiltas.core.access import get_or_404

from .models import (
    Adoption,
    AdoptionEntry,
    Chapter,
    Comment,
    Guide,
    GuideState,
    GuideVersion,
    Measure,
    Risk,
    Section,
)
from .roles import is_editor, may_edit_risks, may_record_adoption, may_see_risks
from .selectors import guide_current
from .services import guide_start


def access_guide(user: Visitor) -> Guide:
    """The guide (anyone sees its published versions and its consultation);
    404 before the project's content is loaded."""
    guide = guide_current()
    if guide is None:
        raise Http404
    return guide


def access_guide_for_manage(user: Visitor) -> Guide:
    """The guide for its editors, started empty when the project's content
    has not been loaded yet."""
    if not is_editor(user):
        raise Http404
    return guide_start()


def access_version_by_number(user: Visitor, number: int) -> GuideVersion:
    return get_or_404(
        GuideVersion.objects.select_related("guide", "published_by"),
        guide=access_guide(user),
        number=number,
    )


def access_section_for_comment_by_id(user: Visitor, pk: int) -> Section:
    """A section of the guide while it is open for consultation."""
    if not user.is_authenticated:
        raise Http404
    return get_or_404(
        Section.objects.select_related("chapter__guide"),
        pk=pk,
        chapter__guide__state=GuideState.CONSULTATION,
    )


def access_chapter_for_manage_by_id(user: Visitor, pk: int) -> Chapter:
    if not is_editor(user):
        raise Http404
    return get_or_404(Chapter.objects.select_related("guide"), pk=pk)


def access_section_for_manage_by_id(user: Visitor, pk: int) -> Section:
    if not is_editor(user):
        raise Http404
    return get_or_404(Section.objects.select_related("chapter__guide"), pk=pk)


def access_comment_for_manage_by_id(user: Visitor, pk: int) -> Comment:
    if not is_editor(user):
        raise Http404
    return get_or_404(Comment.objects.select_related("section__chapter", "author"), pk=pk)


def access_measure_by_slug(user: Visitor, slug: str) -> Measure:
    measures = (
        Measure.objects.all() if is_editor(user) else Measure.objects.filter(is_published=True)
    )
    return get_or_404(measures, slug=slug)


def access_organisation_adoption_by_slug(user: Visitor, slug: str) -> Organisation:
    """An organisation's public accountability page: one that adopted a measure."""
    return get_or_404(Organisation.objects.filter(adoptions__isnull=False).distinct(), slug=slug)


def access_measure_for_manage_by_id(user: Visitor, pk: int) -> Measure:
    if not is_editor(user):
        raise Http404
    return get_or_404(Measure.objects.all(), pk=pk)


def access_adoption_for_manage_by_id(user: Visitor, pk: int) -> Adoption:
    """Coordinators reach every adoption; an integrity officer their own
    organisation's; anyone else gets 404."""
    adoption = get_or_404(Adoption.objects.select_related("organisation", "measure"), pk=pk)
    if not may_record_adoption(user, adoption.organisation_id):
        raise Http404
    return adoption


def access_evidence_by_id(user: Visitor, pk: int) -> AdoptionEntry:
    """Evidence on a public timeline is public."""
    return get_or_404(AdoptionEntry.objects.exclude(evidence=""), pk=pk)


def access_register_by_slug(user: Visitor, slug: str) -> Organisation:
    """An organisation's risk register: its own staff and the coordinators;
    anyone else, another organisation's staff included, gets 404."""
    organisation: Organisation = get_or_404(Organisation.objects.filter(slug=slug), slug=slug)
    if not may_see_risks(user, organisation.pk):
        raise Http404
    return organisation


def access_risk_for_edit_by_id(user: Visitor, organisation: Organisation, pk: int) -> Risk:
    if not may_edit_risks(user, organisation.pk):
        raise Http404
    return get_or_404(Risk.objects.filter(organisation=organisation), pk=pk)
