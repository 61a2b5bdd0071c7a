"""What an app can tell people about: the kinds of notification it registers
(``PlatformApp.notification_kinds``), each rendered in the reader's language."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.db import models
from django.utils.functional import Promise
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _

from tiltas.core import contributions

if TYPE_CHECKING:
    from tiltas.accounts.models import User


class Delivery(models.TextChoices):
    IMMEDIATELY = "immediately", _("Immediately")
    DAILY = "daily", _("Daily digest")
    WEEKLY = "weekly", _("Weekly digest")
    OFF = "off", _("Off")


@dataclass(frozen=True)
class NotificationKind:
    """One kind of notification. ``message`` is a translatable text with
    ``%(name)s`` placeholders filled from the parameters stored with each
    notification; ``may_see(user, params)`` answers, when the notification is
    shown or mailed, whether the reader may still see what it is about."""

    key: str
    label: Promise | str
    message: Promise | str
    may_see: Callable[[User, Mapping[str, Any]], bool] | None = None

    def render(self, params: Mapping[str, Any]) -> str:
        try:
            return str(self.message) % dict(params)
        except (KeyError, TypeError, ValueError):
            return str(self.label)


def registered() -> dict[str, NotificationKind]:
    """Every kind the apps register, by key."""
    kinds: dict[str, NotificationKind] = {}
    for config in contributions.platform_apps():
        for path in config.notification_kinds:
            kind = import_string(path)
            kinds[kind.key] = kind
    return kinds
