"""Security e-mails (security issue, item 6): a change of password, e-mail
address or second factor, and a sign-in from a browser the account has not
used, each tell the person, in their own language."""

import re

import pytest
from django.core import mail
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import translation

from tiltas.accounts.known_browsers import cookie_name

from .factories import PASSWORD
from .helpers import reauthenticate, set_up_totp, sign_in

NEW_PASSWORD = "new river lantern 99"


def subjects_to(email: str) -> list[str]:
    return [message.subject for message in mail.outbox if message.to == [email]]


# allauth sends the second-factor e-mails after the commit, inside the request.
@pytest.mark.django_db(transaction=True)
def test_password_and_second_factor_changes_are_mailed_in_the_persons_language(client, make_user):
    person = make_user(with_totp=False, preferred_language="nb")
    sign_in(client, person.email)
    reauthenticate(client)
    mail.outbox.clear()
    with translation.override("lt"):  # the pages in Lithuanian, the e-mails in hers
        assert set_up_totp(client)[0].status_code == 302
        client.post(
            reverse("account_change_password"),
            {"oldpassword": PASSWORD, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
        )
        assert client.post(reverse("mfa_deactivate_totp")).status_code == 302
    assert subjects_to(person.email) == [
        "[Tiltas] Autentiseringsapp aktivert",
        "[Tiltas] Passord endret",
        "[Tiltas] Autentiseringsapp deaktivert",
    ]


CONFIRM_LINK = re.compile(r"/confirm-email/([^/\s]+)/")


@pytest.mark.django_db
def test_a_new_address_and_the_old_ones_removal_are_mailed(client, make_user):
    person = make_user(preferred_language="en")
    old, new = person.email, "new.address@example.org"
    sign_in(client, old)
    reauthenticate(client)
    mail.outbox.clear()
    client.post(reverse("account_email"), {"action_add": "", "email": new})
    key = CONFIRM_LINK.search(mail.outbox[-1].body)
    assert mail.outbox[-1].to == [new] and key is not None
    client.post(reverse("account_confirm_email", args=[key[1]]))
    client.post(reverse("account_email"), {"action_primary": "", "email": new})
    changed = [m for m in mail.outbox if m.subject == "[Tiltas] Email Changed"]
    # The old address hears of it: whoever took the account cannot hide it there.
    assert [m.to for m in changed] == [[old]] and new in changed[0].body
    client.post(reverse("account_email"), {"action_remove": "", "email": old})
    removed = [m for m in mail.outbox if m.subject == "[Tiltas] Email Removed"]
    assert [m.to for m in removed] == [[new]] and old in removed[0].body


@pytest.mark.django_db
def test_a_sign_in_from_a_new_browser_is_mailed_to_the_person(make_user):
    person = make_user(preferred_language="lt")
    laptop, stranger = Client(), Client()
    sign_in(laptop, person.email)  # the first sign-in of all: nothing to compare with
    assert mail.outbox == []
    assert sign_in(stranger, person.email, REMOTE_ADDR="203.0.113.9").status_code == 302
    [message] = mail.outbox
    assert message.to == [person.email]
    assert message.subject == "[Tiltas] Prisijungta iš naujos naršyklės"
    assert "203.0.113.9" in message.body
    assert "/lt/" in message.body and reverse("account_reset_password") in message.body
    # Browsers that signed in before are known: no more e-mails.
    for browser in (laptop, stranger, laptop):
        browser.post(reverse("account_logout"))
        sign_in(browser, person.email)
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_a_rotated_secret_key_keeps_browsers_known_and_people_signed_in(make_user, settings):
    person = make_user()
    laptop = Client()
    sign_in(Client(), person.email)  # signed in once elsewhere
    sign_in(laptop, person.email)
    assert len(mail.outbox) == 1
    # The new key in SECRET_KEY, the old one kept as a fallback (README).
    settings.SECRET_KEY_FALLBACKS = [settings.SECRET_KEY]
    settings.SECRET_KEY = "a new secret key " + "x" * 50
    assert laptop.get(reverse("accounts:profile")).status_code == 200
    laptop.post(reverse("account_logout"))
    sign_in(laptop, person.email)
    assert len(mail.outbox) == 1  # not a new browser
    # The browser now carries the code under the new key only.
    settings.SECRET_KEY_FALLBACKS = []
    laptop.post(reverse("account_logout"))
    sign_in(laptop, person.email)
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_a_browser_known_to_one_account_is_new_to_another(make_user):
    first, second = make_user(), make_user()
    browser = Client()
    for person in (first, second):
        sign_in(Client(), person.email)  # each has signed in once elsewhere
    sign_in(browser, first.email)
    browser.post(reverse("account_logout"))
    sign_in(browser, second.email)
    assert [m.to for m in mail.outbox] == [[first.email], [second.email]]
    # A cookie copied from another account's browser, or made up, proves nothing.
    forged = Client()
    forged.cookies[cookie_name()] = f"{first.pk}.{second.pk}"
    sign_in(forged, second.email)
    assert len(mail.outbox) == 3


@pytest.mark.django_db
@override_settings(SESSION_COOKIE_SECURE=True)
def test_the_browser_cookie_is_host_only_secure_and_names_nobody(member):
    client = Client()
    sign_in(client, member.email, secure=True)
    cookie = client.cookies["__Host-tiltas_browser"]
    assert cookie["secure"] and cookie["httponly"] and cookie["samesite"] == "Lax"
    assert cookie["path"] == "/" and not cookie["domain"]
    assert str(member.pk) not in cookie.value.split(".") and member.email not in cookie.value
