"""Permission-checked fetches: each raises Http404 when the user may not see the object."""

from django.http import Http404

from tiltas.accounts.models import Visitor
from tiltas.core.access import get_or_404

from .models import Chapter, Comment, Guide, GuideState, GuideVersion, Section
from .roles import is_editor
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
