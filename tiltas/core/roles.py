"""Roles, the groups of roles that open the platform's doors, and the
predicates every layer uses to ask about them.

Roles live here, in ``core``, so that every app may test a role without
importing ``accounts``; ``accounts.User.role`` stores one of these values.
"""

from typing import Any

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    MEMBER = "member", _("Member")
    TRAINER = "trainer", _("Trainer")
    COORDINATOR = "coordinator", _("Coordinator")
    INTEGRITY_OFFICER = "integrity_officer", _("Integrity officer")
    ADMINISTRATOR = "administrator", _("Administrator")


#: Roles that sign in with a second factor and see "Manage".
STAFF_ROLES = frozenset(
    {Role.TRAINER, Role.COORDINATOR, Role.INTEGRITY_OFFICER, Role.ADMINISTRATOR}
)
#: Roles that manage content (programmes, events, news …).
MANAGERS = frozenset({Role.COORDINATOR, Role.ADMINISTRATOR})
#: Roles that teach and may also author learning content.
TEACHERS = frozenset({Role.TRAINER, Role.COORDINATOR, Role.ADMINISTRATOR})
#: Roles that receive integrity matters (measures, risk register, reports).
INTEGRITY = frozenset({Role.INTEGRITY_OFFICER, Role.ADMINISTRATOR})


def has_role(user: Any, roles: frozenset[str] | tuple[str, ...]) -> bool:
    """Whether ``user`` is an active, signed-in person holding one of ``roles``."""
    return bool(
        user is not None
        and user.is_authenticated
        and user.is_active
        and getattr(user, "role", None) in roles
    )


def is_staff(user: Any) -> bool:
    return has_role(user, STAFF_ROLES)


def is_manager(user: Any) -> bool:
    return has_role(user, MANAGERS)


def is_teacher(user: Any) -> bool:
    return has_role(user, TEACHERS)


def is_administrator(user: Any) -> bool:
    return has_role(user, (Role.ADMINISTRATOR,))
