"""Who may read, edit and comment on a good practice."""

from django.db.models import Q, QuerySet
from django.http import Http404

from tiltas.accounts.models import Visitor
from tiltas.core.access import get_or_404
from tiltas.core.roles import MANAGERS, has_staff_power

from ..models import Audience, Practice, PracticeStatus


def may_edit_all(user: Visitor) -> bool:
    """Coordinators (and administrators) edit every practice."""
    return has_staff_power(user, MANAGERS)


def practices_readable(user: Visitor) -> QuerySet[Practice]:
    """Published practices for their audience, and the reader's own drafts (all
    drafts for coordinators)."""
    published = Q(status=PracticeStatus.PUBLISHED)
    if not user.is_authenticated:
        return Practice.objects.filter(published, audience=Audience.PUBLIC)
    if may_edit_all(user):
        return Practice.objects.all()
    return Practice.objects.filter(published | Q(author_id=user.pk))


def may_read(user: Visitor, practice: Practice) -> bool:
    return practices_readable(user).filter(pk=practice.pk).exists()


def may_edit(user: Visitor, practice: Practice) -> bool:
    if not user.is_authenticated:
        return False
    return practice.author_id == user.pk or may_edit_all(user)


def access_practice_by_id(user: Visitor, pk: int) -> Practice:
    """A practice the user may read: anyone a public one, members a members-only
    one, the author and coordinators a draft; 404 otherwise."""
    return get_or_404(
        practices_readable(user).select_related("contact_organisation", "author"), pk=pk
    )


def access_practice_for_edit_by_id(user: Visitor, pk: int) -> Practice:
    practice = access_practice_by_id(user, pk)
    if not may_edit(user, practice):
        raise Http404
    return practice
