"""The e-mails of the learning app, written in the recipient's language."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from tiltas.core.mail import mail_in_language
from tiltas.core.site import absolute_url

from .models import Enrolment


def send_enrolment_notice(enrolment: Enrolment) -> bool:
    """Tell a person that someone else enrolled them in a programme."""
    person = enrolment.person
    if not person.email or not person.is_active:
        return False
    with translation.override(person.preferred_language or settings.LANGUAGE_CODE):
        url = absolute_url(reverse("learning:learn", args=[enrolment.programme.slug]))
    mail_in_language(
        to=person.email,
        language=person.preferred_language,
        template="learning/email/enrolled",
        context={"person": person, "programme": enrolment.programme, "url": url},
    )
    return True
