"""Kinds of notification only the tests register."""

from django.utils.translation import gettext_lazy as _

from tiltas.notifications.kinds import NotificationKind

SAID = NotificationKind(key="test.said", label=_("Notifications"), message="%(who)s said %(what)s")
SECRET = NotificationKind(
    key="test.secret",
    label=_("Notifications"),
    message="secret %(what)s",
    may_see=lambda user, params: user.pk in params.get("allowed", []),
)
#: Reads in the reader's language: the label is translated in every catalogue.
TRANSLATED = NotificationKind(key="test.translated", label=_("Notifications"), message=_("Unread"))
TEST_KINDS = {kind.key: kind for kind in (SAID, SECRET, TRANSLATED)}
