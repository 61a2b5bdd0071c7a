"""Second-factor secrets are stored encrypted with MFA_ENCRYPTION_KEY; keys can
be rotated and secrets stored in clear before are encrypted (security issue,
item 5)."""

import io

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from cryptography.fernet import Fernet
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import Client

from tiltas.accounts.adapters import MFAAdapter
from tiltas.accounts.encryption import UnknownKeyError, authenticators_encrypt
from tiltas.accounts.models import LoginRecord

from .helpers import reauthenticate, set_up_totp, sign_in, totp_code

pytestmark = pytest.mark.django_db

DEMO_SECRET = settings.TILTAS_DEMO_TOTP_SECRET


def stored_secret(user) -> str:
    return Authenticator.objects.get(user=user, type=Authenticator.Type.TOTP).data["secret"]


def stored_row(user) -> str:
    """The authenticator rows as the database holds them (what a dump shows)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT data FROM mfa_authenticator WHERE user_id = %s", [user.pk])
        return " ".join(str(row[0]) for row in cursor.fetchall())


def signs_in_with_totp(user) -> bool:
    response = sign_in(Client(), user.email, code=totp_code())
    return response.status_code == 302 and LoginRecord.objects.filter(user=user).exists()


def test_a_secret_set_up_on_the_page_is_stored_encrypted(client, make_user):
    person = make_user(with_totp=False)  # a member who sets up TOTP of their own accord
    sign_in(client, person.email)
    reauthenticate(client)
    response, secret = set_up_totp(client)
    assert response.status_code == 302
    row = stored_row(person)
    assert secret not in row and secret.lower() not in row
    assert MFAAdapter().decrypt(stored_secret(person)) == secret


def test_recovery_codes_seed_is_stored_encrypted(coordinator):
    codes = RecoveryCodes.activate(coordinator)
    seed = MFAAdapter().decrypt(codes.instance.data["seed"])
    assert seed not in stored_row(coordinator)
    assert codes.validate_code(codes.get_unused_codes()[0])


def test_keys_rotate_without_anyone_setting_up_again(coordinator, settings):
    old, new = settings.MFA_ENCRYPTION_KEYS[0], Fernet.generate_key().decode()
    settings.MFA_ENCRYPTION_KEYS = [new, old]  # the new key first, the old one kept
    assert MFAAdapter().decrypt(stored_secret(coordinator)) == DEMO_SECRET
    call_command("mfa_encrypt", stdout=io.StringIO())
    settings.MFA_ENCRYPTION_KEYS = [new]  # then the old key can go
    assert signs_in_with_totp(coordinator)


def test_secrets_stored_in_clear_before_are_encrypted(coordinator):
    Authenticator.objects.filter(user=coordinator).update(data={"secret": DEMO_SECRET})
    assert DEMO_SECRET in stored_row(coordinator)
    assert authenticators_encrypt(Authenticator) == 1
    assert DEMO_SECRET not in stored_row(coordinator)
    authenticator = Authenticator.objects.get(user=coordinator)
    assert authenticator.wrap().validate_code(totp_code())
    assert authenticators_encrypt(Authenticator) == 1  # again: still one layer
    assert MFAAdapter().decrypt(stored_secret(coordinator)) == DEMO_SECRET


def test_a_secret_under_an_unknown_key_is_named_not_encrypted_twice(coordinator, settings):
    settings.MFA_ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
    before = stored_row(coordinator)
    with pytest.raises(CommandError, match="MFA_ENCRYPTION_KEY"):
        call_command("mfa_encrypt")
    assert stored_row(coordinator) == before
    with pytest.raises(UnknownKeyError):
        Authenticator.objects.get(user=coordinator).wrap().validate_code(totp_code())


def test_production_refuses_to_start_without_the_key():
    from tiltas.core.tests.test_cache import run_production

    check = run_production(["manage.py", "check"], MFA_ENCRYPTION_KEY="")
    assert check.returncode != 0 and "tiltas.E003" in check.stderr
    serve = run_production(["-c", "import config.wsgi"], MFA_ENCRYPTION_KEY="")
    assert serve.returncode != 0 and "tiltas.E003" in serve.stderr
    wrong = run_production(["manage.py", "check"], MFA_ENCRYPTION_KEY="too-short")
    assert wrong.returncode != 0 and "tiltas.E004" in wrong.stderr
