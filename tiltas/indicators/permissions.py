"""Access functions: every object named in a URL is fetched through one of these."""

from typing import Any

from django.http import Http404

from tiltas.core.access import MANAGERS

from .models import Activity, Goal, Indicator, ManualValue, Objective


def access_activity_by_code(user: Any, code: str) -> Activity:
    # The results framework is public.
    try:
        return Activity.objects.select_related("objective").get(code=code)
    except Activity.DoesNotExist as exc:
        raise Http404 from exc


def _is_manager(user: Any) -> bool:
    return bool(user.is_authenticated and user.is_active and user.role in MANAGERS)


def access_manual_indicator_by_code(user: Any, code: str) -> Indicator:
    """An indicator a manager may record values for: counted ones answer 404."""
    if not _is_manager(user):
        raise Http404
    try:
        return Indicator.objects.select_related("activity").get(code=code, manual_allowed=True)
    except Indicator.DoesNotExist as exc:
        raise Http404 from exc


def access_manual_value_by_id(user: Any, value_id: int) -> ManualValue:
    if not _is_manager(user):
        raise Http404
    try:
        return ManualValue.objects.select_related("indicator").get(pk=value_id)
    except ManualValue.DoesNotExist as exc:
        raise Http404 from exc


def access_goal_for_edit_by_id(user: Any, goal_id: int) -> Goal:
    if not _is_manager(user):
        raise Http404
    try:
        return Goal.objects.get(pk=goal_id)
    except Goal.DoesNotExist as exc:
        raise Http404 from exc


def access_objective_for_edit_by_code(user: Any, code: str) -> Objective:
    if not _is_manager(user):
        raise Http404
    try:
        return Objective.objects.get(code=code)
    except Objective.DoesNotExist as exc:
        raise Http404 from exc


def access_activity_for_edit_by_code(user: Any, code: str) -> Activity:
    if not _is_manager(user):
        raise Http404
    return access_activity_by_code(user, code)
