"""Access functions: every object named in a URL is fetched through one of these."""

from django.http import Http404

from tiltas.accounts.models import Visitor
from tiltas.core.access import get_or_404
from tiltas.core.roles import is_manager

from .models import Report


def access_report_for_manage_by_id(user: Visitor, report_id: int) -> Report:
    if not is_manager(user):
        raise Http404
    return get_or_404(Report.objects.select_related("requested_by"), pk=report_id)
