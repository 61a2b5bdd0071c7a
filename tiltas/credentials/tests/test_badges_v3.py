"""Open Badges 3.0: the holder's signed credential, checked the way a verifier
would: the key from the issuer's did:web document, the status from the signed
status list. A tampered credential, or one signed by another key, fails."""

import base64
import json

import pytest
from django.test import Client
from django.urls import reverse
from joserfc.errors import BadSignatureError
from joserfc.jwk import OKPKey, import_key

from tiltas.accounts.services import account_delete
from tiltas.credentials.badges import v3
from tiltas.credentials.models import Certificate
from tiltas.credentials.services import certificate_revoke

pytestmark = pytest.mark.django_db


def download(certificate, person) -> dict:
    client = Client()
    client.force_login(person)
    response = client.get(reverse("credentials:credential", args=[certificate.number]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    return json.loads(response.content)


def published_key() -> OKPKey:
    """The issuer's public key, read as a verifier reads it: from did:web."""
    document = Client().get(reverse("badges:did")).json()
    (method,) = document["verificationMethod"]
    assert document["assertionMethod"] == [method["id"]]
    assert "d" not in method["publicKeyJwk"]  # never the private half
    return import_key(method["publicKeyJwk"], "OKP")


def token_of(downloaded: dict) -> str:
    prefix = f"data:{v3.MEDIA_TYPE},"
    assert downloaded["type"] == "EnvelopedVerifiableCredential"
    assert downloaded["id"].startswith(prefix)
    return downloaded["id"][len(prefix) :]


def test_the_downloaded_credential_verifies_with_the_published_key(certificate, member):
    token = token_of(download(certificate, member))
    claims = v3.verify(token, published_key())
    assert claims["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert (
        claims["iss"] == claims["issuer"]["id"] == Client().get(reverse("badges:did")).json()["id"]
    )
    assert claims["issuer"]["name"] == "Vidaus reikalų ministerija"
    subject = claims["credentialSubject"]
    assert subject["achievement"]["alignment"][0]["targetCode"] == "SC1"
    assert member.email not in token and member.email not in json.dumps(claims)
    assert subject["identifier"][0]["identityHash"].startswith("sha256$")
    header = json.loads(base64.urlsafe_b64decode(token.split(".")[0] + "=="))
    assert header["alg"] == "Ed25519" and header["kid"].endswith("#key-1")


def test_a_tampered_credential_fails(certificate, member):
    token = token_of(download(certificate, member))
    header, payload, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims["credentialSubject"]["achievement"]["name"] = "Doctor of Everything"
    forged = base64.urlsafe_b64encode(json.dumps(claims).encode()).decode().rstrip("=")
    with pytest.raises(BadSignatureError):
        v3.verify(f"{header}.{forged}.{signature}", published_key())


def test_a_credential_signed_by_another_key_fails(certificate, settings):
    token = v3.signed_credential(certificate)
    settings.CREDENTIALS_SIGNING_KEY = base64.urlsafe_b64encode(b"k" * 32).decode()
    with pytest.raises(BadSignatureError):
        v3.verify(token, published_key())


def test_the_jwks_publishes_the_same_key(certificate):
    keys = Client().get(reverse("badges:jwks")).json()["keys"]
    assert [key["x"] for key in keys] == [published_key().as_dict()["x"]]


def status_of(certificate) -> bool:
    """Revoked? Read from the signed status list the credential points to."""
    token = Client().get(reverse("badges:status_list")).content.decode()
    claims = v3.verify(token, published_key())
    assert claims["type"] == ["VerifiableCredential", "BitstringStatusListCredential"]
    entry = v3.credential(Certificate.objects.get(pk=certificate.pk))["credentialStatus"]
    assert entry["statusListCredential"] == claims["id"]
    return v3.status_bit(claims["credentialSubject"]["encodedList"], int(entry["statusListIndex"]))


def test_revocation_sets_the_status_bit_at_once(certificate, member, coordinator):
    assert status_of(certificate) is False
    certificate_revoke(certificate=certificate, reason="Recorded by mistake", actor=coordinator)
    certificate.refresh_from_db()
    token = Client().get(reverse("badges:status_list")).content.decode()
    encoded = v3.verify(token, published_key())["credentialSubject"]["encodedList"]
    assert v3.status_bit(encoded, certificate.pk) is True
    assert len(base64.urlsafe_b64decode(encoded[1:] + "==")) < 1000  # compressed
    client = Client()
    client.force_login(member)
    url = reverse("credentials:credential", args=[certificate.number])
    assert client.get(url).status_code == 404  # a revoked one is not handed out


def test_an_erased_holders_credential_stays_revoked(certificate, member):
    index = certificate.pk
    account_delete(user=member)
    token = Client().get(reverse("badges:status_list")).content.decode()
    encoded = v3.verify(token, published_key())["credentialSubject"]["encodedList"]
    assert v3.status_bit(encoded, index) is True


def test_nobody_else_downloads_the_credential(certificate, make_user):
    url = reverse("credentials:credential", args=[certificate.number])
    for user in (make_user(), make_user(role="coordinator")):
        client = Client()
        client.force_login(user)
        assert client.get(url).status_code == 404
    assert Client().get(url).status_code == 302


def test_production_refuses_to_start_without_a_signing_key_or_with_a_bad_one():
    from tiltas.core.tests.test_cache import run_production

    check = run_production(["manage.py", "check"], CREDENTIALS_SIGNING_KEY="")
    assert check.returncode != 0 and "tiltas.E006" in check.stderr
    wrong = run_production(["manage.py", "check"], CREDENTIALS_SIGNING_KEY="too-short")
    assert wrong.returncode != 0 and "CREDENTIALS_SIGNING_KEY" in wrong.stderr
