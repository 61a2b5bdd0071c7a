"""The notification e-mails: one notification, or a digest of several, each in
the recipient's language with a one-click unsubscribe link and headers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from tiltas.accounts.models import User
from tiltas.core.mail import mail_in_language
from tiltas.core.site import absolute_url

from . import kinds as registry
from .models import Notification
from .unsubscribe import unsubscribe_headers, unsubscribe_url


@dataclass(frozen=True)
class Line:
    text: str
    url: str


def _language(person: User) -> str:
    return person.preferred_language or settings.LANGUAGE_CODE


def _lines(person: User, rows: Sequence[Notification]) -> list[Line]:
    """The rows the person may still see, rendered in the active language."""
    known = registry.registered()
    lines = []
    for row in rows:
        kind = known.get(row.kind)
        if kind is None or (kind.may_see is not None and not kind.may_see(person, row.params)):
            continue
        url = absolute_url(row.url) if row.url.startswith("/") else ""
        lines.append(Line(kind.render(row.params), url))
    return lines


def _send(person: User, template: str, lines: list[Line], kind: str, extra: dict) -> bool:
    if not lines or not person.email or not person.is_active:
        return False
    language = _language(person)
    stop = unsubscribe_url(person.pk, kind, language)
    with translation.override(language):
        preferences = absolute_url(reverse("notifications:preferences"))
        listing = absolute_url(reverse("notifications:list"))
    mail_in_language(
        to=person.email,
        language=language,
        template=f"notifications/email/{template}",
        context={
            "person": person,
            "lines": lines,
            "unsubscribe_url": stop,
            "preferences_url": preferences,
            "list_url": listing,
            **extra,
        },
        headers=unsubscribe_headers(stop),
    )
    return True


def send_notification(row: Notification) -> bool:
    """One notification by itself; its link stops e-mails of its kind."""
    person = row.recipient
    with translation.override(_language(person)):
        lines = _lines(person, [row])
        kind = registry.registered().get(row.kind)
        label = str(kind.label) if kind is not None else ""
    return _send(person, "notification", lines, row.kind, {"kind_label": label})


def send_digest(person: User, rows: Sequence[Notification], *, weekly: bool) -> bool:
    """Several notifications in one e-mail; its link stops every notification e-mail."""
    with translation.override(_language(person)):
        lines = _lines(person, rows)
    return _send(person, "digest", lines, "", {"weekly": weekly})
