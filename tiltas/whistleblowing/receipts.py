"""Receipt codes: what a reporter keeps to come back to their case.

A code is 36 characters of Crockford's base32 (no I, L, O or U), written in
groups of four: the first 10 (50 bits) find the case, the other 26 (130 bits)
are the secret, kept only as a scrypt hash. Whether the lookup part names a
case or not, one scrypt check is made, so a wrong code and an unknown one
take as long and get the same answer.
"""

import secrets
from dataclasses import dataclass
from functools import cache

from django.contrib.auth.hashers import ScryptPasswordHasher

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
LOOKUP_LENGTH, SECRET_LENGTH, GROUP = 10, 26, 4
#: What people write for the letters left out of the alphabet.
LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})


@dataclass(frozen=True)
class Receipt:
    lookup: str
    secret: str

    @property
    def code(self) -> str:
        """The whole code in groups of four, as shown to the reporter."""
        whole = self.lookup + self.secret
        return "-".join(whole[i : i + GROUP] for i in range(0, len(whole), GROUP))


def _random(length: int) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def receipt_new() -> Receipt:
    return Receipt(lookup=_random(LOOKUP_LENGTH), secret=_random(SECRET_LENGTH))


def receipt_parse(code: str) -> Receipt | None:
    """The code as typed (any case, spaces, dashes, O for 0), or None if it
    cannot be one."""
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum()).translate(LOOKALIKES)
    if len(cleaned) != LOOKUP_LENGTH + SECRET_LENGTH or any(ch not in ALPHABET for ch in cleaned):
        return None
    return Receipt(lookup=cleaned[:LOOKUP_LENGTH], secret=cleaned[LOOKUP_LENGTH:])


# Not the project's PASSWORD_HASHERS (tests use a fast one): the secret is always scrypt.
_HASHER = ScryptPasswordHasher()


def secret_hash(secret: str) -> str:
    return _HASHER.encode(secret, _HASHER.salt())


@cache
def _dummy_hash() -> str:
    return secret_hash(_random(SECRET_LENGTH))


def secret_matches(secret: str, encoded: str | None) -> bool:
    """Checks ``secret`` against ``encoded``, or against a dummy hash when there
    is no case, so both answers take the same time."""
    if encoded is None:
        _HASHER.verify(secret, _dummy_hash())
        return False
    return _HASHER.verify(secret, encoded)
