"""Permission-checked fetches: each raises Http404 when the user may not see the object."""

from django.http import Http404

from tiltas.accounts.models import Visitor
from tiltas.core.access import get_or_404
from tiltas.core.roles import is_manager

from .models import Certificate


def access_certificate_by_number(user: Visitor, number: str) -> Certificate:
    """The holder's own certificate (its PDF, its badge); anyone else gets 404,
    staff included: a certificate is verified on the public page."""
    if not user.is_authenticated:
        raise Http404
    return get_or_404(
        Certificate.objects.select_related("person", "programme", "event"),
        number=number,
        person=user,
    )


def access_certificate_for_manage_by_id(user: Visitor, pk: int) -> Certificate:
    """Coordinators and administrators manage every certificate."""
    if not is_manager(user):
        raise Http404
    return get_or_404(
        Certificate.objects.select_related(
            "person", "programme", "event", "issuer", "signatory", "revoked_by"
        ).filter(person__isnull=False),
        pk=pk,
    )
