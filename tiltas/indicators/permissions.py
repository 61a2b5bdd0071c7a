"""Access functions: every object named in a URL is fetched through one of these."""

from django.http import Http404

from tiltas.accounts.models import Visitor
from tiltas.core.access import get_or_404
from tiltas.core.roles import is_manager

from .models import Activity, Goal, Indicator, ManualValue, Objective, Snapshot


def access_activity_by_code(user: Visitor, code: str) -> Activity:
    # The results framework is public.
    return get_or_404(Activity.objects.select_related("objective"), code=code)


def access_manual_indicator_for_manage_by_code(user: Visitor, code: str) -> Indicator:
    """An indicator a manager may record values for: counted ones answer 404."""
    if not is_manager(user):
        raise Http404
    return get_or_404(Indicator.objects.select_related("activity"), code=code, manual_allowed=True)


def access_manual_value_for_manage_by_id(user: Visitor, value_id: int) -> ManualValue:
    if not is_manager(user):
        raise Http404
    return get_or_404(ManualValue.objects.select_related("indicator"), pk=value_id)


def access_goal_for_manage_by_id(user: Visitor, goal_id: int) -> Goal:
    if not is_manager(user):
        raise Http404
    return get_or_404(Goal.objects, pk=goal_id)


def access_objective_for_manage_by_code(user: Visitor, code: str) -> Objective:
    if not is_manager(user):
        raise Http404
    return get_or_404(Objective.objects, code=code)


def access_activity_for_manage_by_code(user: Visitor, code: str) -> Activity:
    if not is_manager(user):
        raise Http404
    return access_activity_by_code(user, code)


def access_snapshot_for_manage_by_id(user: Visitor, snapshot_id: int) -> Snapshot:
    if not is_manager(user):
        raise Http404
    return get_or_404(
        Snapshot.objects.select_related("made_by", "corrects", "correction"), pk=snapshot_id
    )
