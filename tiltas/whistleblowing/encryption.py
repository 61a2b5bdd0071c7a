"""Whistleblowing reports at rest: report texts, messages and attached files
are stored encrypted with Fernet (AES-128-CBC and HMAC-SHA256) under
``settings.WHISTLEBLOWING_ENCRYPTION_KEYS``, so a copy of the database or of
the file folder (a dump, a backup, a read-only SQL injection) tells nothing
about a report or about who made it.

The first key encrypts and every key decrypts: a new key is put first, the
stored data is re-encrypted, after which the old key can go.
"""

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


class UnknownKeyError(Exception):
    """Stored data is encrypted, but with none of the configured keys."""


def _fernet() -> MultiFernet:
    keys = settings.WHISTLEBLOWING_ENCRYPTION_KEYS
    if not keys:
        raise ImproperlyConfigured(
            "WHISTLEBLOWING_ENCRYPTION_KEY must be set to store whistleblowing reports."
        )
    return MultiFernet([Fernet(key) for key in keys])


def encrypt_bytes(data: bytes) -> bytes:
    return _fernet().encrypt(data)


def decrypt_bytes(token: bytes) -> bytes:
    try:
        return _fernet().decrypt(token)
    except InvalidToken as error:
        raise UnknownKeyError(
            "Whistleblowing data does not decrypt with WHISTLEBLOWING_ENCRYPTION_KEY: "
            "was the key changed without keeping the old one?"
        ) from error


def encrypt_text(text: str) -> str:
    return encrypt_bytes(text.encode()).decode()


def decrypt_text(token: str) -> str:
    return decrypt_bytes(token.encode()).decode()


def reencrypt(token: bytes) -> bytes:
    """``token`` encrypted with the first key, whichever configured key it was under."""
    try:
        return _fernet().rotate(token)
    except InvalidToken as error:
        raise UnknownKeyError("Whistleblowing data does not decrypt with any key.") from error
