"""The credentials app's e-mails, written in the holder's language."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from tiltas.core.site import absolute_url

from .models import Certificate


def send_revocation_email(certificate: Certificate) -> bool:
    person = certificate.person
    if person is None or not person.email:
        return False
    with translation.override(person.preferred_language or settings.LANGUAGE_CODE):
        context = {
            "certificate": certificate,
            "achievement": certificate.achievement,
            "person": person,
            "verification_url": absolute_url(
                reverse("credentials:verify", kwargs={"number": certificate.number})
            ),
        }
        subject = render_to_string("credentials/email/revoked_subject.txt", context).strip()
        body = render_to_string("credentials/email/revoked.txt", context)
    EmailMessage(
        subject=settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + " ".join(subject.split()),
        body=body,
        to=[person.email],
    ).send()
    return True
