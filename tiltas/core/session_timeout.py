"""How long the signed-in person's session has left, for the warning before
an idle session ends (WCAG 2.2.1; SECURITY.md AX-2).

``SessionLifetimeMiddleware`` renews the idle timeout on each request (at most
once a minute) and ends a session at its absolute lifetime; the warning shows
``WARN_BEFORE_SECONDS`` before the earlier of the two, and "Stay signed in"
renews the idle timeout (``core:session_renew``).
"""

import time

from django.conf import settings
from django.contrib.sessions.backends.base import SessionBase

from .middleware import SESSION_RENEWED_KEY, SESSION_STARTED_KEY

#: The warning comes this long before the end: time to read it and answer.
WARN_BEFORE_SECONDS = 120


def seconds_left(session: SessionBase, *, now: float | None = None) -> int:
    """Seconds until the session ends: the idle timeout since its last renewal,
    or its absolute lifetime, whichever comes first."""
    now = time.time() if now is None else now
    started = session.get(SESSION_STARTED_KEY, now)
    renewed = session.get(SESSION_RENEWED_KEY, started)
    idle_end = renewed + settings.SESSION_COOKIE_AGE
    absolute_end = started + settings.SESSION_ABSOLUTE_LIFETIME
    return max(0, int(min(idle_end, absolute_end) - now))


def idle_timeout_renew(session: SessionBase) -> int:
    """Renew the idle timeout now (the session is saved with a new expiry);
    returns the seconds left."""
    now = time.time()
    session[SESSION_RENEWED_KEY] = now
    return seconds_left(session, now=now)
