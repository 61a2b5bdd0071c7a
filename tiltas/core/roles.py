"""Roles, the groups of roles that open the platform's doors, and the
predicates every layer uses to ask about them.

Roles live here, in ``core``, so that every app may test a role without
importing ``accounts``; ``accounts.User.role`` stores one of these values.
"""

from typing import TYPE_CHECKING

from django.db import models
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    # Not at run time: the apps' declarations import this module before the
    # app registry is ready, when no model class (AbstractBaseUser is one) may load.
    from django.contrib.auth.base_user import AbstractBaseUser
    from django.contrib.auth.models import AnonymousUser


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

#: Whoever the predicates ask about: a signed-in person (``accounts.User``,
#: which ``core`` may not name) or an anonymous visitor.
type Someone = AbstractBaseUser | AnonymousUser


def has_role(user: Someone | None, roles: frozenset[str] | tuple[str, ...]) -> bool:
    """Whether ``user`` is an active, signed-in person holding one of ``roles``."""
    return bool(
        user is not None
        and user.is_authenticated
        and user.is_active
        and getattr(user, "role", None) in roles
    )


def has_totp(user: Someone | None) -> bool:
    """Whether ``user`` has set up TOTP: its first code was checked when it was
    added, and allauth asks for a code at every sign-in since. Remembered on
    the user object, which lives for one request: one query however often a
    page asks."""
    if user is None or not user.is_authenticated:
        return False
    known = user.__dict__.get("_has_totp")
    if known is None:
        # Imported here: this module is imported while the models load.
        from allauth.mfa.models import Authenticator

        known = Authenticator.objects.filter(user_id=user.pk, type=Authenticator.Type.TOTP).exists()
        user.__dict__["_has_totp"] = known
    return bool(known)


def has_staff_power(user: Someone | None, roles: frozenset[str] | tuple[str, ...]) -> bool:
    """Whether ``user`` holds one of ``roles`` *and* has a verified second
    factor: what every staff privilege asks, on any page. A staff person who
    signed in with a password alone has a member's rights until TOTP is set up."""
    return has_role(user, roles) and has_totp(user)


def is_staff(user: Someone | None) -> bool:
    """Holds a staff role, second factor or not: for showing the way to
    "Manage" (where ``roles_required`` asks for TOTP), never for granting."""
    return has_role(user, STAFF_ROLES)


def is_manager(user: Someone | None) -> bool:
    return has_staff_power(user, MANAGERS)


def is_teacher(user: Someone | None) -> bool:
    return has_staff_power(user, TEACHERS)


def is_trainer(user: Someone | None) -> bool:
    return has_staff_power(user, (Role.TRAINER,))


def is_administrator(user: Someone | None) -> bool:
    return has_staff_power(user, (Role.ADMINISTRATOR,))
