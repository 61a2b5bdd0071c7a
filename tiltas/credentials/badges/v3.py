"""Open Badges 3.0: each certificate as an ``OpenBadgeCredential`` (a W3C
Verifiable Credential), secured as a VC-JWT signed by the issuer's Ed25519
key, with an entry in a Bitstring Status List for revocation.

The holder downloads it as JSON (an ``EnvelopedVerifiableCredential`` whose
``id`` is the signed JWT, with the credential it carries alongside for
reading); anyone verifies it with the key in the issuer's ``did:web``
document and reads its status from the signed status list.
"""

import base64
import gzip
import uuid
from datetime import UTC, datetime
from typing import Any

from django.utils import timezone, translation
from joserfc import jwt
from joserfc.jwk import OKPKey

from ..models import Certificate
from ..pdf import verification_url
from . import v2
from .keys import ALGORITHM, issuer_did, key_id, signing_key
from .urls import absolute, achievement_key, assertion_url, badge_class_url, badge_image_url

CONTEXTS = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
]
#: A status list is at least this long (16 KB), so that an entry says little
#: about how many credentials there are (Bitstring Status List, section 6.1).
STATUS_LIST_MIN_BITS = 131_072
MEDIA_TYPE = "application/vc+jwt"


def status_list_url() -> str:
    return absolute("status_list")


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _issuer() -> dict[str, Any]:
    profile = v2.issuer_profile()
    return {
        "id": issuer_did(),
        "type": ["Profile"],
        "name": profile["name"],
        "url": profile["url"],
        "email": profile["email"],
        **({"image": {"id": profile["image"], "type": "Image"}} if "image" in profile else {}),
    }


def _achievement(certificate: Certificate, language: str) -> dict[str, Any]:
    key = achievement_key(certificate)
    badge = v2.badge_class(key, language) or {}
    achievement: dict[str, Any] = {
        "id": badge_class_url(key, language),
        "type": ["Achievement"],
        "achievementType": "Certificate",
        "name": badge.get("name", str(certificate.achievement)),
        "description": badge.get("description", ""),
        "criteria": {"narrative": badge.get("criteria", {}).get("narrative", "")},
        "image": {"id": badge_image_url(key), "type": "Image"},
        "inLanguage": language,
    }
    if badge.get("alignment"):
        achievement["alignment"] = [
            {
                "type": ["Alignment"],
                "targetName": item["targetName"],
                "targetUrl": item["targetUrl"],
                "targetCode": item["targetCode"],
                "targetFramework": item["targetFramework"],
                "targetDescription": item["targetDescription"],
                "targetType": "ext:Competency",
            }
            for item in badge["alignment"]
        ]
    return achievement


def credential_id(certificate: Certificate) -> str:
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, assertion_url(certificate.number))}"


def credential(certificate: Certificate) -> dict[str, Any]:
    """The unsigned OpenBadgeCredential of a certificate whose holder is known."""
    person = certificate.person
    assert person is not None
    language = v2.holder_language(certificate)
    with translation.override(language):
        name = f"{certificate.get_kind_display()}: {certificate.achievement}"
    document: dict[str, Any] = {
        "@context": CONTEXTS,
        "id": credential_id(certificate),
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": name,
        "issuer": _issuer(),
        "validFrom": _iso(certificate.created_at),
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [
                {
                    "type": "IdentityObject",
                    "identityType": "emailAddress",
                    "hashed": True,
                    "salt": certificate.badge_salt,
                    "identityHash": v2.recipient_identity(person.email, certificate.badge_salt),
                }
            ],
            "achievement": _achievement(certificate, language),
        },
        "credentialStatus": {
            "id": f"{status_list_url()}#{certificate.pk}",
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": str(certificate.pk),
            "statusListCredential": status_list_url(),
        },
        "evidence": [{"id": verification_url(certificate, language), "type": ["Evidence"]}],
    }
    if certificate.expires_on:
        document["validUntil"] = v2.end_of_day(certificate.expires_on)
    return document


def _header() -> dict[str, str]:
    return {"alg": ALGORITHM, "typ": "vc+jwt", "cty": "vc", "kid": key_id()}


def _claims(document: dict[str, Any], subject: str | None = None) -> dict[str, Any]:
    """The credential is the payload; the registered claims repeat its facts."""
    claims = {**document, "iss": issuer_did(), "jti": document["id"]}
    claims["nbf"] = int(datetime.fromisoformat(document["validFrom"]).timestamp())
    if "validUntil" in document:
        claims["exp"] = int(datetime.fromisoformat(document["validUntil"]).timestamp())
    if subject:
        claims["sub"] = subject
    return claims


def sign(document: dict[str, Any], subject: str | None = None) -> str:
    return jwt.encode(_header(), _claims(document, subject), signing_key(), algorithms=[ALGORITHM])


def signed_credential(certificate: Certificate) -> str:
    """The certificate's credential as a compact VC-JWT."""
    return sign(credential(certificate))


def credential_download(certificate: Certificate) -> dict[str, Any]:
    """What the holder downloads: the signed credential, enveloped as the VC
    data model writes a JWT-secured credential in JSON, and what it says."""
    token = signed_credential(certificate)
    return {
        "@context": CONTEXTS[:1],
        "id": f"data:{MEDIA_TYPE},{token}",
        "type": "EnvelopedVerifiableCredential",
        "credential": credential(certificate),
    }


def verify(token: str, public_key: OKPKey) -> dict[str, Any]:
    """The credential in ``token`` when its signature holds; raises otherwise
    (``joserfc.errors.BadSignatureError``, or a decoding error)."""
    return dict(jwt.decode(token, public_key, algorithms=[ALGORITHM]).claims)


def _encoded(revoked: list[int]) -> str:
    """The bits, index 0 the most significant bit of the first byte, GZIP'd,
    multibase base64url (``u``), as the Bitstring Status List has it."""
    length = max(STATUS_LIST_MIN_BITS, ((max(revoked, default=0) // 8) + 1) * 8)
    bits = bytearray(length // 8)
    for index in revoked:
        bits[index // 8] |= 0x80 >> (index % 8)
    return "u" + base64.urlsafe_b64encode(gzip.compress(bytes(bits), mtime=0)).decode().rstrip("=")


def status_bit(encoded: str, index: int) -> bool:
    """Whether ``index`` is set in an ``encodedList`` (for verifiers and tests)."""
    data = encoded[1:] + "=" * (-len(encoded[1:]) % 4)
    bits = gzip.decompress(base64.urlsafe_b64decode(data))
    return bool(bits[index // 8] & (0x80 >> (index % 8)))


def status_list_credential() -> dict[str, Any]:
    """Every certificate's revocation bit (its id), erased holders' included."""
    revoked = list(
        Certificate.objects.filter(revoked_at__isnull=False).values_list("pk", flat=True)
    )
    url = status_list_url()
    return {
        "@context": CONTEXTS[:1],
        "id": url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer_did(),
        "validFrom": _iso(timezone.now().replace(microsecond=0)),
        "credentialSubject": {
            "id": f"{url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": "revocation",
            "encodedList": _encoded(revoked),
        },
    }
