"""The issuer's signing key (Ed25519, CREDENTIALS_SIGNING_KEY) and where its
public half is published: a ``did:web`` document and a JWKS."""

import base64
from typing import Any
from urllib.parse import quote, urlsplit

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from joserfc.jwk import OKPKey

from .urls import absolute

#: The JWS algorithm (RFC 9864's fully specified name for EdDSA on Ed25519).
ALGORITHM = "Ed25519"


def signing_key() -> OKPKey:
    seed = settings.CREDENTIALS_SIGNING_KEY
    if not seed:
        raise ImproperlyConfigured("CREDENTIALS_SIGNING_KEY must be set to sign credentials.")
    private = base64.urlsafe_b64decode(seed.encode())
    key = OKPKey.import_key(
        {
            "kty": "OKP",
            "crv": "Ed25519",
            "d": base64.urlsafe_b64encode(private).decode().rstrip("="),
            "x": _public_x(private),
        }
    )
    return key


def _public_x(private: bytes) -> str:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    public = Ed25519PrivateKey.from_private_bytes(private).public_key()
    raw = public.public_bytes(Encoding.Raw, PublicFormat.Raw)
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def public_jwk() -> dict[str, Any]:
    return {**signing_key().as_dict(private=False), "kid": key_id(), "alg": ALGORITHM}


def issuer_did() -> str:
    """``did:web:<host>:badges``: its document is at /badges/did.json."""
    host = urlsplit(settings.TILTAS_BASE_URL).netloc
    return f"did:web:{quote(host, safe='')}:badges"


def key_id() -> str:
    return f"{issuer_did()}#key-1"


def did_document() -> dict[str, Any]:
    did = issuer_did()
    method = {
        "id": key_id(),
        "type": "JsonWebKey2020",
        "controller": did,
        "publicKeyJwk": signing_key().as_dict(private=False),
    }
    return {
        "@context": [
            "https://www.w3.org/ns/did/v1",
            "https://w3id.org/security/suites/jws-2020/v1",
        ],
        "id": did,
        "verificationMethod": [method],
        "assertionMethod": [key_id()],
        "service": [{"id": f"{did}#jwks", "type": "JsonWebKeySet", "serviceEndpoint": jwks_url()}],
    }


def jwks_url() -> str:
    return absolute("jwks")


def jwks() -> dict[str, Any]:
    return {"keys": [public_jwk()]}
