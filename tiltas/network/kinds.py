"""What the network tells people about (tiltas.notifications)."""

from collections.abc import Mapping
from typing import Any

from django.utils.translation import gettext_lazy as _

from tiltas.accounts.models import User
from tiltas.notifications.kinds import NotificationKind

from .permissions.practices import practices_readable


def _may_see_practice(user: User, params: Mapping[str, Any]) -> bool:
    return practices_readable(user).filter(pk=params.get("practice")).exists()


PRACTICE_COMMENTED = NotificationKind(
    key="network.practice_commented",
    label=_("A comment on your good practice"),
    message=_("%(name)s commented on your good practice “%(title)s”."),
    may_see=_may_see_practice,
)
