"""Access functions: each fetches one object a URL names, or raises Http404."""

from django.http import Http404

from tiltas.accounts.models import Visitor
from tiltas.core.access import get_or_404
from tiltas.core.roles import is_manager

from .models import EvidenceBundle


def access_bundle_by_id(user: Visitor, pk: int) -> EvidenceBundle:
    """Coordinators and administrators: the bundles are the project's, whoever
    asked for them. Anyone else gets a 404."""
    if not is_manager(user):
        raise Http404
    return get_or_404(EvidenceBundle.objects.select_related("requested_by"), pk=pk)
