"""The unread count in the header of every page, for signed-in people."""

from django.http import HttpRequest

from tiltas.core.contributions import extension

from .selectors import unread_count

#: Partials the core layout includes in the account navigation.
HEADER_LINK = "notifications/includes/header_link.html"


def unread(request: HttpRequest) -> dict:
    """The header link and ``notifications_unread``, a callable read (from the
    cache) only when the page shows it. A higher app may put one more counted
    link beside it (slot ``notifications.header_beside``: ``f(user)`` gives
    its partial and the context that partial reads, lazily as well)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    context = {"account_links": [HEADER_LINK], "notifications_unread": lambda: unread_count(user)}
    beside = extension("notifications.header_beside")
    if beside is not None:
        partial, more = beside(user)
        context = {**more, **context, "account_links": [HEADER_LINK, partial]}
    return context
