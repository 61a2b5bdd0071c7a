"""Who may open a person's network profile."""

from django.http import Http404

from tiltas.accounts.models import User, Visitor
from tiltas.core.access import get_or_404

from ..selectors.people import shows_anything_publicly


def access_person_by_id(user: Visitor, pk: int) -> User:
    """An active person's profile: members see it; anonymous visitors only
    when the person made some part of it public."""
    person = get_or_404(
        User.objects.filter(is_active=True).select_related("organisation", "network_profile"),
        pk=pk,
    )
    if not user.is_authenticated and not shows_anything_publicly(person):
        raise Http404
    return person
