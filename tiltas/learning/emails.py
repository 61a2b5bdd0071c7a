"""The e-mails of the learning app, written in the recipient's language."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from .models import Enrolment


def send_enrolment_notice(enrolment: Enrolment) -> bool:
    """Tell a person that someone else enrolled them in a programme."""
    person = enrolment.person
    if not person.email or not person.is_active:
        return False
    base_url = getattr(settings, "TILTAS_BASE_URL", "")
    with translation.override(person.preferred_language or settings.LANGUAGE_CODE):
        context = {
            "person": person,
            "programme": enrolment.programme,
            "url": base_url + reverse("learning:learn", args=[enrolment.programme.slug]),
        }
        subject = render_to_string("learning/email/enrolled_subject.txt", context)
        body = render_to_string("learning/email/enrolled.txt", context)
    EmailMessage(
        subject=settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + " ".join(subject.split()),
        body=body,
        to=[person.email],
    ).send()
    return True
