"""The e-mails of the accounts app, written in each recipient's language."""

from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation

from tiltas.core.mail import mail_in_language
from tiltas.core.roles import Role
from tiltas.core.site import absolute_url

from .models import User


def send_staff_enrolment_notice(person: User) -> int:
    """Tell every other active administrator that ``person``, who holds a staff
    role, set up a second factor: an enrolment nobody expected is an account
    someone else may have taken. Returns how many were told."""
    administrators = User.objects.filter(role=Role.ADMINISTRATOR, is_active=True).exclude(
        pk=person.pk
    )
    sent = 0
    for administrator in administrators.exclude(email="").order_by("pk"):
        language = administrator.preferred_language or settings.LANGUAGE_CODE
        with translation.override(language):
            context = {
                "administrator": administrator,
                "person": person,
                "role": str(person.get_role_display()),
                "when": timezone.localtime(),
                "url": absolute_url(reverse("accounts:manage_people")),
            }
        mail_in_language(
            to=administrator.email,
            language=language,
            template="accounts/email/staff_enrolled",
            context=context,
        )
        sent += 1
    return sent
