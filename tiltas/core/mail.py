"""E-mails written in their recipient's language."""

from typing import Any

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation


def mail_in_language(
    *,
    to: str,
    language: str,
    template: str,
    context: dict[str, Any],
    headers: dict[str, str] | None = None,
) -> None:
    """Render ``<template>_subject.txt`` and ``<template>.txt`` in ``language``
    (the site's when empty) and send them to ``to``, with any extra ``headers``
    (``List-Unsubscribe`` …)."""
    with translation.override(language or settings.LANGUAGE_CODE):
        subject = render_to_string(f"{template}_subject.txt", context)
        body = render_to_string(f"{template}.txt", context)
    EmailMessage(
        subject=settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + " ".join(subject.split()),
        body=body,
        to=[to],
        headers=headers,
    ).send()
