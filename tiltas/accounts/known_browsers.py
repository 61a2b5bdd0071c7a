"""The browsers an account has signed in from, so that a sign-in from any
other is e-mailed to the person (security issue, item 6).

The browser keeps a cookie for a year that lists a keyed hash of each account
signed in on it (never the account's id or address); nothing is stored on the
server. A sign-in whose browser does not list the account is a new one.
"""

from django.conf import settings
from django.http import HttpRequest, HttpResponseBase
from django.utils.crypto import salted_hmac

SALT = "tiltas.accounts.known_browsers"
MAX_AGE = 365 * 24 * 60 * 60
#: Accounts one browser remembers (a shared computer): the oldest go first.
KEEP = 10


def cookie_name() -> str:
    # __Host-: sent over HTTPS only, to this host only, for the whole site.
    return "__Host-tiltas_browser" if settings.SESSION_COOKIE_SECURE else "tiltas_browser"


def _token(user_id: int, secret: str | None = None) -> str:
    return salted_hmac(SALT, str(user_id), secret=secret, algorithm="sha256").hexdigest()[:20]


def _account_tokens(user_id: int) -> set[str]:
    """The account's code under the secret key and under the keys it replaced
    (SECRET_KEY_FALLBACKS): a rotated key does not make every browser new."""
    return {_token(user_id, secret) for secret in (None, *settings.SECRET_KEY_FALLBACKS)}


def _tokens(request: HttpRequest) -> list[str]:
    return [token for token in request.COOKIES.get(cookie_name(), "").split(".") if token]


def is_known(request: HttpRequest, user_id: int) -> bool:
    """Has this browser signed in to the account before?"""
    return not _account_tokens(user_id).isdisjoint(_tokens(request))


def remember(request: HttpRequest, response: HttpResponseBase, user_id: int) -> None:
    token, own = _token(user_id), _account_tokens(user_id)
    others = [other for other in _tokens(request) if other not in own]
    tokens = [*others[-(KEEP - 1) :], token]
    response.set_cookie(
        cookie_name(),
        ".".join(tokens),
        max_age=MAX_AGE,
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )
