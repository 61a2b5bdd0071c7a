"""Access functions: fetch an object named in a URL, or 404."""

from typing import Any

from django.http import Http404

from tiltas.core.roles import Role

from .models import Organisation, User


def access_organisation_by_id(user: Any, organisation_id: int) -> Organisation:
    # Organisations are managed by coordinators and administrators alike.
    if not user.has_role(Role.COORDINATOR, Role.ADMINISTRATOR):
        raise Http404
    try:
        return Organisation.objects.get(pk=organisation_id)
    except Organisation.DoesNotExist as exc:
        raise Http404 from exc


def access_organisation_logo_by_slug(user: Any, slug: str) -> Organisation:
    """Logos are public; an organisation without one has nothing to show."""
    organisation = Organisation.objects.filter(slug=slug).first()
    if organisation is None or not organisation.logo:
        raise Http404
    return organisation


def access_person_by_id(user: Any, person_id: int) -> User:
    if not user.has_role(Role.ADMINISTRATOR):
        raise Http404
    try:
        return User.objects.get(pk=person_id)
    except User.DoesNotExist as exc:
        raise Http404 from exc
