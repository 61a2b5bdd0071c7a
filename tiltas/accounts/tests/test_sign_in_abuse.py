"""AU-1 and AU-3: password rules, throttling, no account enumeration, reset links."""

import re
import secrets
import string
import time

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core import mail
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from .helpers import sign_in, stable_html


def test_a_common_password_is_rejected_even_when_long_enough():
    # 12 characters and more: refused as common, not merely as too short.
    with pytest.raises(ValidationError) as refused:
        validate_password("sonyericsson")
    assert [e.code for e in refused.value.error_list] == ["password_too_common"]


@pytest.mark.parametrize(
    "password",
    [
        "river lantern",  # twelve and more, lower case only: no composition rules
        "Ąžuolas ir beržas",  # letters of the person's own language
        "".join(secrets.choice(string.ascii_letters) for _ in range(200)),  # no upper limit
    ],
)
def test_long_passwords_of_any_composition_are_accepted(password):
    validate_password(password)


def test_eleven_characters_are_too_short():
    with pytest.raises(ValidationError) as refused:
        validate_password("riverlanter")
    assert [e.code for e in refused.value.error_list] == ["password_too_short"]


def test_random_64_character_password_is_accepted():
    alphabet = string.ascii_letters + string.digits + string.punctuation + " "
    validate_password("".join(secrets.choice(alphabet) for _ in range(64)))


@pytest.mark.django_db
def test_sign_up_with_a_common_password_gets_a_message_and_keeps_input(client):
    response = client.post(
        reverse("account_signup"),
        {"email": "jonas@example.org", "full_name": "Jonas", "password1": "megaparol12345",
         "password2": "megaparol12345"},
    )  # fmt: skip
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="error-summary"' in html and 'value="Jonas"' in html
    assert gettext("This password is too common.") in html


@pytest.mark.django_db
def test_eleventh_failed_sign_in_gets_429_while_another_account_signs_in(client, make_user):
    target, other = make_user(), make_user()
    for _ in range(10):
        assert sign_in(client, target.email, "wrong password").status_code == 200
    response = sign_in(client, target.email, "wrong password")
    assert response.status_code == 429
    # Even the right password waits now: that is what a lockout is for.
    assert sign_in(client, target.email).status_code == 429
    assert sign_in(client, other.email).status_code == 302


@pytest.mark.django_db
def test_known_and_unknown_emails_get_identical_sign_in_responses(client, member):
    known = sign_in(client, member.email, "wrong password")
    unknown = sign_in(client, "nobody@example.org", "wrong password")
    assert known.status_code == unknown.status_code == 200
    normalised = [
        stable_html(r.content).replace(member.email, "X").replace("nobody@example.org", "X")
        for r in (known, unknown)
    ]
    assert normalised[0] == normalised[1]


@pytest.mark.django_db
def test_known_and_unknown_emails_get_identical_password_reset_responses(client, member):
    url = reverse("account_reset_password")
    known = client.post(url, {"email": member.email})
    unknown = client.post(url, {"email": "nobody@example.org"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    assert stable_html(client.get(known["Location"]).content) == stable_html(
        client.get(unknown["Location"]).content
    )


def _reset_link(client, email: str) -> str:
    mail.outbox.clear()
    client.post(reverse("account_reset_password"), {"email": email})
    match = re.search(r"https?://[^/]+(/\S+/password/reset/key/\S+/)", mail.outbox[0].body)
    assert match is not None
    return match.group(1)


def _use_link(client, link: str, password: str):
    response = client.get(link)
    if response.status_code == 302:
        link = response["Location"]
        response = client.get(link)
    if b'name="password1"' not in response.content:
        return response
    return client.post(link, {"password1": password, "password2": password})


@pytest.mark.django_db
def test_password_reset_link_works_once(client, member):
    link = _reset_link(client, member.email)
    assert _use_link(client, link, "a brand new passphrase 1").status_code == 302
    client.logout()
    second = _use_link(client, link, "another new passphrase 2")
    assert second.status_code == 200
    assert second.context["token_fail"]
    with translation.override("lt"):
        assert gettext("Password reset link no longer valid") in second.content.decode()
    member.refresh_from_db()
    assert member.check_password("a brand new passphrase 1")


@pytest.mark.django_db
def test_expired_password_reset_link_gives_a_clear_message(client, member, time_machine):
    time_machine.move_to(time.time(), tick=True)
    link = _reset_link(client, member.email)
    time_machine.shift(4 * 24 * 3600)  # PASSWORD_RESET_TIMEOUT is three days
    response = _use_link(client, link, "a brand new passphrase 1")
    assert response.status_code == 200
    assert response.context["token_fail"]
    with translation.override("lt"):
        message = gettext(
            "This password reset link has expired or has already been used. Links work "
            "once and only for a limited time."
        )
    assert message in response.content.decode()
    assert "Links work once" not in message  # really translated
    member.refresh_from_db()
    assert member.check_password("correct horse battery staple")


@pytest.mark.django_db
def test_per_ip_limit_stops_spraying_many_accounts(client):
    for n in range(20):
        assert sign_in(client, f"guess{n}@example.org", "wrong password").status_code == 200
    assert sign_in(client, "guess-more@example.org", "wrong password").status_code == 429
    other_ip = Client(REMOTE_ADDR="10.0.0.9")
    assert sign_in(other_ip, "guess-more@example.org", "wrong password").status_code == 200


@pytest.mark.django_db
def test_sign_up_with_an_existing_email_looks_like_a_new_one_and_warns_the_owner(client, member):
    data = {"full_name": "Someone", "password1": "mellow river lantern 42",
            "password2": "mellow river lantern 42", "privacy_notice": "on"}  # fmt: skip
    existing = client.post(reverse("account_signup"), {**data, "email": member.email})
    new = Client().post(reverse("account_signup"), {**data, "email": "fresh@example.org"})
    assert existing.status_code == new.status_code == 302
    assert existing["Location"] == new["Location"]
    to_owner = [m for m in mail.outbox if m.to == [member.email]]
    assert len(to_owner) == 1  # the owner learns someone tried; the visitor learns nothing


@pytest.mark.django_db
def test_a_password_reset_link_does_not_skip_the_second_factor(client, coordinator):
    link = _reset_link(client, coordinator.email)
    assert _use_link(client, link, "a brand new passphrase 1").status_code == 302
    # The new password alone opens no staff page, and no page at all for staff:
    manage = client.get(reverse("core:manage"))
    assert manage.status_code == 302 and manage["Location"].startswith(reverse("account_login"))
    # signing in with it still asks for the code.
    response = sign_in(client, coordinator.email, "a brand new passphrase 1")
    assert response["Location"] == reverse("mfa_authenticate")
    assert client.get(reverse("core:manage")).status_code == 302


@pytest.mark.django_db
def test_sign_ups_are_limited_per_client(client):
    """allauth's twenty sign-ups a minute per address (RL-1): the 21st gets 429,
    another client is not affected."""

    def sign_up(client, n):
        password = "mellow river lantern 42"
        data = {"email": f"new{n}@example.org", "full_name": "New Person", "privacy_notice": "on",
                "password1": password, "password2": password}  # fmt: skip
        return client.post(reverse("account_signup"), data)

    for n in range(20):
        assert sign_up(client, n).status_code == 302
    assert sign_up(client, 20).status_code == 429
    assert sign_up(Client(REMOTE_ADDR="10.0.0.9"), 21).status_code == 302
