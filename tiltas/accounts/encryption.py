"""The second factor's secrets at rest: TOTP secrets and recovery-code seeds
are stored encrypted with Fernet (AES-128-CBC and HMAC-SHA256) under
``settings.MFA_ENCRYPTION_KEYS``, so a copy of the database (a dump, a backup,
a read-only SQL injection) does not hand out anyone's second factor.

The first key encrypts and every key decrypts: a new key is put first, then
:func:`authenticators_encrypt` (``manage.py mfa_encrypt``) re-encrypts every
secret with it, after which the old key can go.
"""

from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

#: Every Fernet token starts so (version byte 0x80, base64): TOTP secrets are
#: base32 and recovery seeds hexadecimal, so nothing in clear does.
TOKEN_START = "gAAAAA"  # noqa: S105 - a format marker, not a secret


class UnknownKeyError(Exception):
    """A stored secret is encrypted, but with none of the configured keys."""


def _fernet() -> MultiFernet:
    keys = settings.MFA_ENCRYPTION_KEYS
    if not keys:
        raise ImproperlyConfigured("MFA_ENCRYPTION_KEY must be set to store second factors.")
    return MultiFernet([Fernet(key) for key in keys])


def secret_encrypt(text: str) -> str:
    return _fernet().encrypt(text.encode()).decode()


def secret_decrypt(token: str) -> str:
    try:
        return _fernet().decrypt(token.encode()).decode()
    except InvalidToken as error:
        raise UnknownKeyError(
            "A second-factor secret does not decrypt with MFA_ENCRYPTION_KEY: "
            "was the key changed without keeping the old one?"
        ) from error


def _encrypted(value: str) -> str:
    """``value`` encrypted with the first key, whether it was in clear or
    encrypted with any configured key."""
    if value.startswith(TOKEN_START):
        value = secret_decrypt(value)
    return secret_encrypt(value)


def _decrypted(value: str) -> str:
    return secret_decrypt(value) if value.startswith(TOKEN_START) else value


def _convert(data: dict[str, Any], change: Any) -> dict[str, Any]:
    data = dict(data)
    for field in ("secret", "seed"):  # TOTP; recovery codes
        if isinstance(data.get(field), str):
            data[field] = change(data[field])
    if isinstance(data.get("migrated_codes"), list):  # recovery codes from django-otp
        data["migrated_codes"] = [change(code) for code in data["migrated_codes"]]
    return data


def authenticators_encrypt(authenticator_model: Any) -> int:
    """Encrypt every stored secret with the first key (those in clear, and
    those under an older key); returns how many authenticators it rewrote.
    Takes the model so that a data migration can pass its historical one."""
    return _rewrite(authenticator_model, _encrypted)


def authenticators_decrypt(authenticator_model: Any) -> int:
    """Store every secret in clear again (the data migration's way back)."""
    return _rewrite(authenticator_model, _decrypted)


def _rewrite(authenticator_model: Any, change: Any) -> int:
    count = 0
    for authenticator in authenticator_model.objects.order_by("pk").iterator():
        authenticator.data = _convert(authenticator.data, change)
        authenticator.save(update_fields=["data"])
        count += 1
    return count
