"""Certificates in "My data", and what erasing the holder leaves."""

import pytest
from django.test import Client
from django.urls import reverse

from tiltas.accounts.services import account_delete
from tiltas.core.personal_data import sources
from tiltas.credentials.models import Certificate

from .factories import complete_programme, issuer_and_signatory, programme_with_competency

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(member, django_capture_on_commit_callbacks):
    issuer_and_signatory()
    programme, lesson = programme_with_competency(title="Social clustering basics")
    with django_capture_on_commit_callbacks(execute=True):
        complete_programme(member, programme, lesson)
    return Certificate.objects.get(person=member)


def source():
    return next(s for s in sources() if s.name == "certificates")


def test_the_export_lists_the_certificate_and_its_pdf(certificate, member):
    exported = source().export(member)["certificates"]
    assert exported[0]["number"] == certificate.number
    assert exported[0]["achievement"] == "Social clustering basics"
    assert exported[0]["holder_name"] == member.full_name
    assert [name for name, _file in source().files(member)] == [
        f"certificate-{certificate.number}.pdf"
    ]


def test_erasure_revokes_removes_the_pdf_and_the_number_is_not_found(
    certificate, member, django_capture_on_commit_callbacks
):
    stored = certificate.pdf.name
    with django_capture_on_commit_callbacks(execute=True):
        account_delete(user=member)
    certificate.refresh_from_db()
    assert certificate.person is None and certificate.holder_name == ""
    assert certificate.is_revoked
    assert not certificate.pdf
    assert not certificate.pdf.storage.exists(stored)
    response = Client().get(reverse("credentials:verify", args=[certificate.number]))
    assert response.status_code == 404
