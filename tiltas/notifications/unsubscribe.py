"""One-click unsubscribe links: a signed token naming the person and what to
stop (one kind, or every notification e-mail), valid without signing in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.core import signing
from django.urls import reverse
from django.utils import translation

from tiltas.core.site import absolute_url

_SALT = "tiltas.notifications.unsubscribe"
#: A link in an old e-mail stops working after this; the preferences page still does.
VALID_FOR = timedelta(days=90)


@dataclass(frozen=True)
class Unsubscribe:
    person_id: int
    kind: str  # "" for every notification e-mail


class BadToken(Exception):
    """The token was altered, is not ours, or is too old."""


def token_for(person_id: int, kind: str = "") -> str:
    return signing.dumps({"p": person_id, "k": kind}, salt=_SALT, compress=True)


def read_token(token: str) -> Unsubscribe:
    try:
        data = signing.loads(token, salt=_SALT, max_age=VALID_FOR)
        return Unsubscribe(person_id=int(data["p"]), kind=str(data["k"]))
    except (signing.BadSignature, KeyError, TypeError, ValueError) as error:
        raise BadToken from error


def unsubscribe_url(person_id: int, kind: str, language: str) -> str:
    """The absolute link, in the person's language."""
    with translation.override(language):
        path = reverse("notifications:unsubscribe", args=[token_for(person_id, kind)])
    return absolute_url(path)


def unsubscribe_headers(url: str) -> dict[str, str]:
    """RFC 2369 and RFC 8058: mail programs offer the link, and may POST to it."""
    return {"List-Unsubscribe": f"<{url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}
