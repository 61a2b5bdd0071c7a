"""The public check of a number: valid, revoked, expired or not found; throttled, not indexed."""

from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from tiltas.core.models import AuditEntry
from tiltas.credentials.models import Certificate
from tiltas.credentials.services import certificate_revoke

pytestmark = pytest.mark.django_db


def check(number: str, client: Client | None = None):
    return (client or Client()).get(reverse("credentials:verify", args=[number]))


def test_a_valid_certificate_shows_holder_achievement_and_issuer_only(certificate, member):
    response = check(certificate.number)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Šis pažymėjimas galioja." in html
    assert member.full_name in html
    assert "Social clustering basics" in html
    assert "Vidaus reikalų ministerija" in html
    assert member.email not in html
    assert "noindex" in html and response["X-Robots-Tag"] == "noindex, nofollow"
    badge = reverse("badges:assertion", args=[certificate.number])
    assert f'<link rel="alternate" type="application/ld+json" href="{badge}">' in html
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_a_number_typed_loosely_finds_the_certificate(certificate):
    typed = certificate.number.lower().replace("-", "")
    response = Client().get(reverse("credentials:verify_form"), {"number": typed})
    assert response.status_code == 302
    assert response["Location"] == reverse("credentials:verify", args=[certificate.number])


@pytest.mark.parametrize("number", ["ZZZZ-ZZZZ-ZZZZ-ZZZZ", "nope", "<script>", "1" * 90])
def test_unknown_and_malformed_numbers_get_the_same_not_found_page(certificate, number):
    response = check(number)
    assert response.status_code == 404
    assert certificate.holder_name not in response.content.decode()
    assert "noindex" in response.content.decode()


def test_a_revoked_certificate_shows_the_date_not_the_reason_and_the_holder_is_told(
    certificate, coordinator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        certificate_revoke(
            certificate=certificate, reason="Attendance was recorded by mistake", actor=coordinator
        )
    html = check(certificate.number).content.decode()
    assert timezone.localdate().strftime("%Y") in html
    assert "Attendance was recorded by mistake" not in html
    assert "pažymėjimas atšauktas" in html
    assert AuditEntry.objects.filter(
        action="credentials.certificate.revoked", actor=coordinator
    ).exists()
    (message,) = mail.outbox
    assert message.to == [certificate.person.email]
    assert certificate.number in message.subject
    assert "Attendance was recorded by mistake" in message.body


def test_an_expired_certificate_says_so(certificate):
    Certificate.objects.filter(pk=certificate.pk).update(
        expires_on=timezone.localdate() - timedelta(days=1)
    )
    html = check(certificate.number).content.decode()
    assert "galiojimas baigėsi" in html  # "expired on"


def test_looking_up_numbers_is_throttled(certificate):
    client = Client()
    statuses = [check(f"ZZZZ-ZZZZ-ZZZZ-ZZ{n:02d}", client).status_code for n in range(31)]
    assert statuses[:30] == [404] * 30
    assert statuses[30] == 429
    assert check(certificate.number, client).status_code == 429
