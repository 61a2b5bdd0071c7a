"""Permission-checked fetches: each raises Http404 when the user may not see the object."""

from tiltas.accounts.models import Organisation, Visitor
from tiltas.core.access import get_or_404


def access_organisation_by_slug(user: Visitor, slug: str) -> Organisation:
    """An organisation's page: organisations are public, anyone sees it."""
    return get_or_404(Organisation.objects.all(), slug=slug)
