"""The unread count in the header of every page, for signed-in people."""

from django.http import HttpRequest

from .selectors import unread_count

#: Partials the core layout includes in the account navigation.
HEADER_LINK = "notifications/includes/header_link.html"


def unread(request: HttpRequest) -> dict:
    """The header link and ``notifications_unread``, a callable read (from the
    cache) only when the page shows it."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"account_links": [HEADER_LINK], "notifications_unread": lambda: unread_count(user)}
