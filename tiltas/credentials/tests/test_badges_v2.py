"""Open Badges 2.0: the hosted documents, checked by the 1EdTech validator
(``openbadges``). The validator runs offline: every URL it fetches on
TILTAS_BASE_URL is answered by this site's own views through the test client,
the Open Badges context by the copy the validator ships; anything else fails."""

import hashlib
import io
import json
from urllib.parse import urlsplit

import pytest
import requests
import time_machine
from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from openbadges import verify
from openbadges.verifier.openbadges_context import OPENBADGES_CONTEXT_V2_DICT
from openbadges_bakery import unbake
from requests.adapters import BaseAdapter

from tiltas.accounts.services import account_delete
from tiltas.credentials.badges.v2 import CONTEXT
from tiltas.credentials.models import Certificate
from tiltas.credentials.services import certificate_revoke

from .factories import (
    attend,
    complete_programme,
    hold,
    issuer_and_signatory,
    new_person,
    past_event,
    programme_with_competency,
)

pytestmark = [
    pytest.mark.django_db,
    # The validator (2020) calls rfc3986's older API, which warns.
    pytest.mark.filterwarnings("ignore:Please use rfc3986.validators:DeprecationWarning"),
]


class ThisSite(BaseAdapter):
    """Answers requests from the site's views (test client) and the OB context."""

    def __init__(self) -> None:
        super().__init__()
        self.fetched: list[str] = []

    def send(self, request, **kwargs):
        url = request.url
        self.fetched.append(url)
        response = requests.Response()
        response.url, response.request = url, request
        if url.rstrip("/") == CONTEXT:
            response.status_code = 200
            response._content = json.dumps(OPENBADGES_CONTEXT_V2_DICT).encode()
            response.headers["Content-Type"] = "application/ld+json"
            return response
        parts = urlsplit(url)
        if not url.startswith(settings.TILTAS_BASE_URL.rstrip("/") + "/"):
            raise requests.ConnectionError(f"the tests are offline: {url}")
        answer = Client().get(parts.path, HTTP_ACCEPT=request.headers.get("Accept", ""))
        response.status_code = answer.status_code
        response._content = answer.content
        response.headers.update(dict(answer.items()))
        return response

    def close(self) -> None:
        pass


@pytest.fixture
def site(monkeypatch):
    adapter = ThisSite()
    monkeypatch.setattr(requests.Session, "get_adapter", lambda self, url: adapter)
    return adapter


def validate(badge_input, email: str) -> dict:
    profile = {"email": email}
    return verify(badge_input, recipient_profile=profile, use_cache=False, cache_backend="")


def assertion_url(certificate: Certificate) -> str:
    return settings.TILTAS_BASE_URL.rstrip("/") + reverse(
        "badges:assertion", kwargs={"number": certificate.number}
    )


def test_a_programme_assertion_passes_the_validator(certificate, member, site):
    result = validate(assertion_url(certificate), member.email)
    assert result["report"]["valid"], result["report"]["messages"]
    assert result["report"]["errorCount"] == 0
    assert not [url for url in site.fetched if "w3id.org" not in url and "127.0.0.1" not in url]
    badge = next(node for node in result["graph"] if node.get("type") == "BadgeClass")
    alignment = badge["alignment"]  # compacted: one alignment is an object
    assert alignment["targetCode"] == "SC1"
    assert alignment["targetUrl"].endswith("/lt/competencies/#competency-sc1")


def test_an_attendance_assertion_passes_the_validator(coordinator, site):
    issuer_and_signatory()
    event = past_event(days=2, kind="seminar")
    person = new_person()
    attend(event, person, 2, coordinator)
    hold(event, coordinator)
    certificate = Certificate.objects.get(person=person)
    result = validate(assertion_url(certificate), person.email)
    assert result["report"]["valid"], result["report"]["messages"]
    badge = next(node for node in result["graph"] if node.get("type") == "BadgeClass")
    assert badge["id"].endswith("/badges/classes/event-seminar/lt.json")


def test_someone_elses_address_does_not_match_the_hashed_recipient(certificate, site):
    result = validate(assertion_url(certificate), "someone.else@example.org")
    assert not result["report"]["valid"]
    assert any(m["name"] == "VERIFY_RECIPIENT_IDENTIFIER" for m in result["report"]["messages"])


def test_the_assertion_is_json_ld_with_a_salted_hash_not_the_address(certificate, member):
    response = Client().get(reverse("badges:assertion", kwargs={"number": certificate.number}))
    assert response["Content-Type"].startswith("application/ld+json")
    assert response["Access-Control-Allow-Origin"] == "*"
    document = response.json()
    assert member.email not in response.content.decode()
    assert member.full_name not in response.content.decode()
    salt = certificate.badge_salt
    assert document["recipient"] == {
        "type": "email",
        "hashed": True,
        "salt": salt,
        "identity": "sha256$" + hashlib.sha256((member.email + salt).encode()).hexdigest(),
    }
    assert document["verification"] == {"type": "hosted"}
    other = new_person()
    programme, lesson = programme_with_competency(title="Second")
    complete_programme(other, programme, lesson)
    assert Certificate.objects.get(person=other).badge_salt != salt


def test_the_badge_class_is_there_in_three_languages_related_to_each_other(certificate):
    documents = {}
    for language in ["lt", "en", "nb"]:
        url = reverse(
            "badges:badge_class",
            kwargs={"key": f"programme-{certificate.programme_id}", "language": language},
        )
        response = Client().get(url)
        assert response.status_code == 200
        assert response["Content-Type"].startswith("application/ld+json")
        documents[language] = response.json()
    assert "Užbaikite" in documents["lt"]["criteria"]["narrative"]
    assert "Complete every lesson" in documents["en"]["criteria"]["narrative"]
    assert "Fullfør" in documents["nb"]["criteria"]["narrative"]
    assert {r["@language"] for r in documents["en"]["related"]} == {"lt", "nb"}
    assert documents["en"]["alignment"][0]["targetName"] == "Building partnerships"


@pytest.mark.parametrize(
    "key, language",
    [("programme-999999", "lt"), ("event-party", "en"), ("nothing", "lt"), ("event-seminar", "de")],
)
def test_unknown_badge_classes_are_not_found(key, language):
    url = reverse("badges:badge_class", kwargs={"key": key, "language": language})
    assert Client().get(url).status_code == 404


def test_a_revoked_assertion_answers_gone_and_the_list_and_validator_say_so(
    certificate, member, coordinator, site
):
    certificate_revoke(certificate=certificate, reason="Recorded by mistake", actor=coordinator)
    response = Client().get(reverse("badges:assertion", kwargs={"number": certificate.number}))
    assert response.status_code == 410
    assert response.json()["revoked"] is True
    assert "Recorded by mistake" not in response.content.decode()
    listed = Client().get(reverse("badges:revocations")).json()
    assert listed["type"] == "RevocationList"
    assert listed["revokedAssertions"] == [{"id": assertion_url(certificate)}]
    assert not validate(assertion_url(certificate), member.email)["report"]["valid"]


def test_an_erased_holders_assertion_is_not_found_and_stays_revoked(certificate, member):
    account_delete(user=member)
    url = reverse("badges:assertion", kwargs={"number": certificate.number})
    assert Client().get(url).status_code == 404
    listed = Client().get(reverse("badges:revocations")).json()
    assert listed["revokedAssertions"] == [{"id": assertion_url(certificate)}]


def test_the_issuer_profile_names_the_applicant_and_the_revocation_list(certificate):
    document = Client().get(reverse("badges:issuer")).json()
    assert document["type"] == "Issuer"
    assert document["name"] == "Vidaus reikalų ministerija"
    assert document["revocationList"].endswith(reverse("badges:revocations"))


def test_the_holder_downloads_a_baked_badge_the_validator_accepts(
    certificate, member, site, client
):
    client.force_login(member)
    response = client.get(reverse("credentials:baked_badge", args=[certificate.number]))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    picture = io.BytesIO(b"".join(response) if response.streaming else response.content)
    baked = json.loads(unbake(picture))
    assert baked["id"] == assertion_url(certificate)
    picture.name = "badge.png"
    result = validate(picture, member.email)
    assert result["report"]["valid"], result["report"]["messages"]


def test_nobody_else_downloads_the_baked_badge(certificate, make_user):
    for user in (make_user(), make_user(role="coordinator")):
        client = Client()
        client.force_login(user)
        url = reverse("credentials:baked_badge", args=[certificate.number])
        assert client.get(url).status_code == 404
    assert Client().get(url).status_code == 302  # to sign in


def test_assertions_are_throttled(certificate):
    client = Client()
    numbers = [f"ZZZZ-ZZZZ-ZZZZ-ZZ{n:02d}" for n in range(60)]
    # On a still clock: a slow machine must not see the window end mid-test.
    with time_machine.travel(timezone.now(), tick=False):
        statuses = [
            client.get(reverse("badges:assertion", kwargs={"number": n})).status_code
            for n in numbers
        ]
        assert set(statuses) == {404}
        url = reverse("badges:assertion", kwargs={"number": certificate.number})
        assert client.get(url).status_code == 429


def test_the_hosted_documents_cost_the_same_queries_for_many_certificates(
    certificate, coordinator, django_assert_max_num_queries
):
    programme_id = certificate.programme_id
    for n in range(30):
        person = new_person()
        other = Certificate.objects.create(
            person=person,
            kind="programme",
            programme_id=programme_id,
            holder_name=person.full_name,
            ended_on=certificate.ended_on,
            issuer_name=certificate.issuer_name,
        )
        if n % 2:
            certificate_revoke(certificate=other, reason="Test", actor=coordinator)
    client = Client()
    urls = [
        reverse("badges:issuer"),
        reverse("badges:revocations"),
        reverse("badges:status_list"),
        reverse("badges:assertion", kwargs={"number": certificate.number}),
        reverse(
            "badges:badge_class", kwargs={"key": f"programme-{programme_id}", "language": "en"}
        ),
    ]
    for url in urls:
        with django_assert_max_num_queries(8):
            assert client.get(url).status_code == 200
    assert len(client.get(urls[1]).json()["revokedAssertions"]) == 15
