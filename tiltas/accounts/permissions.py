"""Access functions: fetch an object named in a URL, or 404."""

from django.http import Http404

from tiltas.core.access import get_or_404
from tiltas.core.roles import is_administrator, is_manager

from .models import Organisation, User, Visitor


def access_organisation_for_manage_by_id(user: Visitor, organisation_id: int) -> Organisation:
    # Organisations are managed by coordinators and administrators alike.
    if not is_manager(user):
        raise Http404
    return get_or_404(Organisation.objects, pk=organisation_id)


def access_organisation_logo_by_slug(user: Visitor, slug: str) -> Organisation:
    """Logos are public; an organisation without one has nothing to show."""
    organisation = Organisation.objects.filter(slug=slug).first()
    if organisation is None or not organisation.logo:
        raise Http404
    return organisation


def access_person_for_manage_by_id(user: Visitor, person_id: int) -> User:
    if not is_administrator(user):
        raise Http404
    return get_or_404(User.objects, pk=person_id)
