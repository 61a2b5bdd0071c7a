"""E-mails of the channel. They say that something awaits and where; never
what a report says, nor anything of the reporter."""

from django.db.models import QuerySet
from django.urls import reverse
from django.utils import translation

from tiltas.accounts.models import User
from tiltas.core.mail import mail_in_language
from tiltas.core.site import absolute_url

from ..encryption import decrypt_text
from ..models import Case


def _officers(organisation_id: int) -> QuerySet[User]:
    return User.objects.filter(
        case_handling__organisation_id=organisation_id, is_active=True
    ).distinct()


def _link(name: str, language: str) -> str:
    with translation.override(language or None):
        return absolute_url(reverse(name))


def officers_tell_received(*, organisation_id: int) -> None:
    for officer in _officers(organisation_id):
        mail_in_language(
            to=officer.email,
            language=officer.preferred_language,
            template="whistleblowing/email/case_received",
            context={"url": _link("whistleblowing:cases", officer.preferred_language)},
        )


def officers_remind(*, organisation_id: int, overdue: int, due: int) -> None:
    for officer in _officers(organisation_id):
        mail_in_language(
            to=officer.email,
            language=officer.preferred_language,
            template="whistleblowing/email/reminder",
            context={
                "overdue": overdue,
                "due": due,
                "url": _link("whistleblowing:cases", officer.preferred_language),
            },
        )


def reporter_tell(*, case: Case) -> None:
    """Only if the reporter gave an address: a new message awaits (no content)."""
    if not case.email_token:
        return
    mail_in_language(
        to=decrypt_text(case.email_token),
        language=case.language,
        template="whistleblowing/email/new_message",
        context={"url": _link("whistleblowing:follow_up", case.language)},
    )
