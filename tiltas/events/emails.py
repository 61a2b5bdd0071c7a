"""The e-mails of the events app, written in the recipient's language."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

from tiltas.core.site import base_url

from .ics import calendar_bytes
from .models import Registration, WalkIn

#: kind → template stem; "confirmed" and "promoted" carry the calendar file.
TEMPLATES = {
    "confirmed": "confirmed",
    "waiting": "waiting",
    "pending": "pending",
    "promoted": "promoted",
    "event_cancelled": "event_cancelled",
    "reminder": "reminder",
    "rejected": "rejected",
    "removed": "removed",
}
WITH_CALENDAR = {"confirmed", "promoted", "reminder"}


def send_registration_email(registration: Registration, kind: str) -> bool:
    person = registration.person
    if person is None or not person.email or kind not in TEMPLATES:
        return False
    event = registration.event
    with translation.override(person.preferred_language or settings.LANGUAGE_CODE):
        context = {
            "registration": registration,
            "event": event,
            "person": person,
            "base_url": base_url(),
        }
        stem = f"events/email/{TEMPLATES[kind]}"
        subject = render_to_string(f"{stem}_subject.txt", context).strip()
        body = render_to_string(f"{stem}.txt", context)
    message = EmailMessage(
        subject=settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + " ".join(subject.split()),
        body=body,
        to=[person.email],
    )
    if kind in WITH_CALENDAR:
        message.attach(f"{event.slug}.ics", calendar_bytes([event]), "text/calendar")
    message.send()
    return True


def send_walk_in_invitation(walk_in: WalkIn) -> bool:
    """Invite someone who took part without an account to create one, in the
    event's language (they have no language of their own here yet)."""
    if not walk_in.email:
        return False
    with translation.override(walk_in.event.language or settings.LANGUAGE_CODE):
        context = {
            "walk_in": walk_in,
            "event": walk_in.event,
            "base_url": getattr(settings, "TILTAS_BASE_URL", ""),
        }
        stem = "events/email/walk_in_invitation"
        subject = render_to_string(f"{stem}_subject.txt", context).strip()
        body = render_to_string(f"{stem}.txt", context)
    EmailMessage(
        subject=settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + " ".join(subject.split()),
        body=body,
        to=[walk_in.email],
    ).send()
    return True
