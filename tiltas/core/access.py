"""Who may reach a view.

Every URL pattern's view carries an ``access`` rule, set by one of the
decorators below. The permission-matrix test walks the URL resolver and fails
on any view without one, so nothing is reachable by accident (deny by default).

Objects named in a URL are fetched with ``access_<thing>_by_id(user, id)``
functions in each app's ``permissions.py`` (``access_<thing>_for_manage_by_id``
for the management side); they raise :class:`Http404` whenever the user may
not see the object. :func:`get_or_404` is the fetch they share.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import wraps
from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.db.models import Manager, Model, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect

from .roles import Someone, has_role, has_totp, is_staff

__all__ = [
    "AccessRule",
    "classify",
    "get_or_404",
    "has_totp",
    "public",
    "roles_required",
    "signed_in",
    "token_required",
]


@dataclass(frozen=True)
class AccessRule:
    kind: str  # "public", "signed_in", "roles" or "token"
    roles: frozenset[str] = frozenset()

    def allows(self, user: Someone) -> bool:
        if self.kind == "public":
            return True
        if self.kind == "signed_in":
            return bool(user.is_authenticated and user.is_active)
        if self.kind == "token":
            return False  # a session never reaches it
        return has_role(user, self.roles)


def _mark(view: Callable, rule: AccessRule) -> Callable:
    view.access = rule  # type: ignore[attr-defined]
    return view


def public(view: Callable) -> Callable:
    """Anyone, signed in or not."""
    return _mark(view, AccessRule("public"))


def signed_in(view: Callable) -> Callable:
    """Any active, signed-in person."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return view(request, *args, **kwargs)

    return _mark(wrapper, AccessRule("signed_in"))


def _denial_record(request: HttpRequest) -> None:
    """Audit a signed-in person turned away from a page of another role (LG-1),
    by the page's route name: a path may carry a token."""
    from .audit import audit_record  # the models are not loaded when this module is

    match = request.resolver_match
    audit_record(
        actor=request.user, action="core.access.denied", label=match.view_name if match else ""
    )


def token_required(view: Callable) -> Callable:
    """Only with a personal API token (``Authorization: Bearer``), never with a
    session: the API checks the token and its holder's rights itself."""
    return _mark(view, AccessRule("token"))


def roles_required(*roles: str) -> Callable[[Callable], Callable]:
    """Only people holding one of ``roles``; staff roles must have set up TOTP first."""
    allowed = frozenset(roles)

    def decorator(view: Callable) -> Callable:
        @wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            user = request.user
            if not user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not has_role(user, allowed):
                _denial_record(request)
                raise PermissionDenied
            if is_staff(user) and not has_totp(user):
                return redirect("core:mfa_required")
            return view(request, *args, **kwargs)

        return _mark(wrapper, AccessRule("roles", allowed))

    return decorator


def get_or_404[M: Model](queryset: "QuerySet[M] | Manager[M]", **lookup: Any) -> M:
    """The one object of ``queryset`` matching ``lookup``, or :class:`Http404`.

    Unlike ``get_object_or_404``, a lookup value of the wrong type (``pk="x"``)
    is a 404 too, not a 500: access functions may be handed raw URL parts.
    """
    try:
        return queryset.get(**lookup)
    except (ObjectDoesNotExist, ValueError, TypeError, ValidationError) as exc:
        raise Http404 from exc


def classify(rule: AccessRule, views: Iterable[Callable]) -> None:
    """Attach a rule to third-party views (allauth, admin) we include as they are."""
    for view in views:
        _mark(view, rule)
