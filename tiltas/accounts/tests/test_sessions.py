"""SE-1..3: session cookies, key rotation, sign-out, timeouts, deactivation, re-authentication."""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.test import Client, override_settings
from django.urls import reverse

from tiltas.accounts.services import user_deactivate, user_role_change

from .helpers import reauthenticate, sign_in, totp_code

PROFILE = "accounts:profile"


def _signed_in(client: Client) -> bool:
    return client.get(reverse(PROFILE)).status_code == 200


@pytest.mark.django_db
def test_session_key_changes_at_sign_in(client, member):
    anonymous = client.session
    anonymous["seen"] = True
    anonymous.save()
    before = client.cookies[settings.SESSION_COOKIE_NAME].value
    sign_in(client, member.email)
    after = client.cookies[settings.SESSION_COOKIE_NAME].value
    assert before and after and before != after
    assert not Session.objects.filter(session_key=before).exists()


@pytest.mark.django_db
def test_old_cookie_no_longer_works_after_sign_out(client, member):
    sign_in(client, member.email)
    old = client.cookies[settings.SESSION_COOKIE_NAME].value
    client.post(reverse("account_logout"))
    replay = Client()
    replay.cookies[settings.SESSION_COOKIE_NAME] = old
    response = replay.get(reverse(PROFILE))
    assert response.status_code == 302 and reverse("account_login") in response["Location"]


@pytest.mark.django_db
def test_idle_timeout_is_30_minutes(client, member, time_machine):
    time_machine.move_to("2026-06-01 09:00+03:00", tick=False)
    sign_in(client, member.email)
    time_machine.shift(29 * 60)
    assert _signed_in(client)
    time_machine.shift(31 * 60)
    assert not _signed_in(client)


@pytest.mark.django_db
def test_absolute_timeout_is_12_hours_even_when_active(client, member, time_machine):
    time_machine.move_to("2026-06-01 08:00+03:00", tick=False)
    sign_in(client, member.email)
    for _ in range(28):  # a request every 25 minutes: 11 h 40 min in all
        time_machine.shift(25 * 60)
        assert _signed_in(client)
    time_machine.shift(25 * 60)  # 12 h 5 min after sign-in, idle for only 25 minutes
    assert not _signed_in(client)


@pytest.mark.django_db
def test_deactivation_ends_every_session_at_once(member, administrator):
    first, second = Client(), Client()
    sign_in(first, member.email)
    first.get(reverse(PROFILE))
    second.force_login(member)
    assert _signed_in(first) and _signed_in(second)
    user_deactivate(user=member, actor=administrator)
    assert not _signed_in(first) and not _signed_in(second)
    stored = [s.get_decoded().get("_auth_user_id") for s in Session.objects.all()]
    assert str(member.pk) not in stored


def test_production_cookie_settings():
    """SE-1 on the real production settings module."""
    code = (
        "import config.settings as s;"
        "print(s.SESSION_COOKIE_NAME, s.SESSION_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY,"
        " s.SESSION_COOKIE_SAMESITE, s.CSRF_COOKIE_NAME, s.CSRF_COOKIE_SECURE,"
        " s.CSRF_COOKIE_SAMESITE, s.SECURE_HSTS_SECONDS >= 31536000)"
    )
    root = Path(settings.BASE_DIR)
    env = {**os.environ, "TILTAS_ENV": "production", "SECRET_KEY": "x" * 60}
    out = subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == [
        "__Host-sessionid",
        "True",
        "True",
        "Lax",
        "__Host-csrftoken",
        "True",
        "Lax",
        "True",
    ]


@pytest.mark.django_db
@override_settings(
    SESSION_COOKIE_NAME="__Host-sessionid", SESSION_COOKIE_SECURE=True,
    CSRF_COOKIE_NAME="__Host-csrftoken", CSRF_COOKIE_SECURE=True,
)  # fmt: skip
def test_cookies_carry_host_prefix_flags(member):
    client = Client()
    client.get(reverse("account_login"), secure=True)
    csrf = client.cookies["__Host-csrftoken"]
    assert csrf["secure"] and csrf["path"] == "/" and not csrf["domain"]
    assert not csrf["httponly"]
    client.post(
        reverse("account_login"),
        {"login": member.email, "password": "correct horse battery staple"},
        secure=True,
    )
    session = client.cookies["__Host-sessionid"]
    assert session["secure"] and session["httponly"] and session["samesite"] == "Lax"
    assert session["path"] == "/" and not session["domain"]


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["accounts:my_data_download", "accounts:account_delete"])
def test_sensitive_actions_need_recent_authentication(client, member, name, time_machine):
    time_machine.move_to(time.time(), tick=True)
    client.force_login(member)  # a session with no recent authentication
    response = client.get(reverse(name))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_reauthenticate"))
    reauthenticate(client)
    response = client.get(reverse(name))
    assert response.status_code == 200
    if response.streaming:  # the data download streams an archive, closed once read
        b"".join(response.streaming_content)
    time_machine.shift(settings.ACCOUNT_REAUTHENTICATION_TIMEOUT + 60)
    assert client.get(reverse(name)).status_code == 302


@pytest.mark.django_db
@pytest.mark.parametrize("with_totp", [False, True])
def test_second_factor_changes_need_recent_authentication(client, make_user, with_totp):
    person = make_user(with_totp=with_totp)
    client.force_login(person)  # a session with no recent authentication
    names = ["mfa_deactivate_totp", "mfa_generate_recovery_codes"] if with_totp else []
    for name in names or ["mfa_activate_totp"]:
        response = client.get(reverse(name))
        assert response.status_code == 302, name
        assert response["Location"].startswith(reverse("account_reauthenticate")), name


@pytest.mark.django_db
def test_a_new_password_needs_the_current_one(client, member):
    client.force_login(member)
    new = "new river lantern 99"
    response = client.post(reverse("account_change_password"), {"password1": new, "password2": new})
    assert response.status_code == 200 and "oldpassword" in response.context["form"].errors
    member.refresh_from_db()
    assert not member.check_password(new)


@pytest.mark.django_db
def test_adding_an_email_address_needs_recent_authentication(client, member):
    client.force_login(member)
    response = client.post(reverse("account_email"), {"action_add": "", "email": "new@example.org"})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_reauthenticate"))


# --- With the shared cache (production): sessions and the signed-in person cached -------


@pytest.fixture
def shared_cache(shared_cache, settings):
    """As in production: sessions in the cache and the database too."""
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"


@pytest.mark.django_db(transaction=True)
def test_shared_cache_deactivation_and_a_role_change_take_effect_at_once(
    shared_cache, make_user, administrator
):
    coordinator, member = make_user(role="coordinator"), make_user(with_totp=False)
    client = Client()
    sign_in(client, coordinator.email, code=totp_code())
    assert _signed_in(client) and _signed_in(client)  # the second from the cached person
    manage = reverse("learning:manage_list")
    assert client.get(manage).status_code == 200
    user_role_change(user=coordinator, role="member", actor=administrator)
    assert client.get(manage).status_code == 403
    user_deactivate(user=coordinator, actor=administrator)
    assert not _signed_in(client)
    # A member made staff starts again in a new session (test_mfa_enrolment.py).
    sign_in(client, member.email)
    assert _signed_in(client)
    user_role_change(user=member, role="coordinator", actor=administrator)
    assert not _signed_in(client)


@pytest.mark.django_db(transaction=True)
def test_shared_cache_a_new_password_ends_the_other_sessions(shared_cache, member):
    first, second = Client(), Client()
    sign_in(first, member.email)
    sign_in(second, member.email)
    assert _signed_in(first) and _signed_in(second)
    member.set_password("another long passphrase 2026")
    member.save()
    assert not _signed_in(first) and not _signed_in(second)


@pytest.mark.django_db
def test_reading_pages_writes_the_session_at_most_once_a_minute(client, member, time_machine):
    time_machine.move_to("2026-06-01 09:00+03:00", tick=False)
    sign_in(client, member.email)
    session = Session.objects.get()

    def expiry():
        return Session.objects.get(pk=session.pk).expire_date

    signed_in_at = expiry()
    time_machine.shift(30)
    assert _signed_in(client)
    assert expiry() == signed_in_at  # not written
    time_machine.shift(31)
    assert _signed_in(client)
    assert (expiry() - signed_in_at).total_seconds() == 61  # renewed
