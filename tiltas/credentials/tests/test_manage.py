"""Coordinators find, revoke and retry certificates, and name the signatory."""

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from tiltas.credentials.models import Certificate, PdfStatus, Signatory

from .factories import complete_programme, issuer_and_signatory, programme_with_competency

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(member):
    issuer_and_signatory()
    programme, lesson = programme_with_competency()
    complete_programme(member, programme, lesson)
    return Certificate.objects.get(person=member)


@pytest.fixture
def staff(coordinator):
    client = Client()
    client.force_login(coordinator)
    return client


def test_revoking_needs_a_reason_and_keeps_what_was_typed(certificate, staff):
    url = reverse("credentials:manage_detail", args=[certificate.pk])
    response = staff.post(url, {"reason": "   "})
    assert response.status_code == 200
    assert "error-summary" in response.content.decode()
    certificate.refresh_from_db()
    assert not certificate.is_revoked
    assert not mail.outbox


def test_revoking_changes_the_check_page_at_once(
    certificate, staff, django_capture_on_commit_callbacks
):
    url = reverse("credentials:manage_detail", args=[certificate.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = staff.post(url, {"reason": "Issued to the wrong person"})
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.is_revoked
    assert certificate.revocation_reason == "Issued to the wrong person"
    assert len(mail.outbox) == 1
    check = Client().get(reverse("credentials:verify", args=[certificate.number]))
    assert "Issued to the wrong person" not in check.content.decode()
    # A second revocation is refused, not repeated.
    staff.post(url, {"reason": "again"})
    assert len(mail.outbox) == 1


def test_the_list_finds_by_name_or_number_within_a_query_budget(
    certificate, staff, django_assert_max_num_queries, make_user
):
    for _n in range(5):
        programme, lesson = programme_with_competency(title="More")
        complete_programme(make_user(), programme, lesson)
    url = reverse("credentials:manage_list")
    with django_assert_max_num_queries(12):
        response = staff.get(url)
    assert response.content.decode().count("manage/certificates/") >= 6
    found = staff.get(url, {"q": certificate.number.lower()}).content.decode()
    assert certificate.number in found and found.count("<tr>") == 2


def test_failed_pdfs_are_shown_and_can_be_retried(
    certificate, staff, django_capture_on_commit_callbacks
):
    Certificate.objects.filter(pk=certificate.pk).update(
        pdf_status=PdfStatus.FAILED, pdf_attempts=3, pdf_error="OSError: disk full"
    )
    listing = staff.get(reverse("credentials:manage_list")).content.decode()
    assert "?failed=on" in listing
    detail = staff.get(reverse("credentials:manage_detail", args=[certificate.pk]))
    assert "OSError: disk full" in detail.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        staff.post(reverse("credentials:manage_retry", args=[certificate.pk]))
    certificate.refresh_from_db()
    assert certificate.pdf_status == PdfStatus.READY


def test_a_new_signatory_signs_new_certificates_only(certificate, staff, make_user):
    response = staff.post(
        reverse("credentials:manage_signatory"),
        {"name": "Ola Nordmann", "title_lt": "Direktorius", "title_en": "", "title_nb": ""},
    )
    assert response.status_code == 302
    assert Signatory.objects.get(is_current=True).name == "Ola Nordmann"
    certificate.refresh_from_db()
    assert certificate.signatory.name == "Rūta Petraitienė"
    programme, lesson = programme_with_competency(title="Next")
    person = make_user()
    complete_programme(person, programme, lesson)
    assert Certificate.objects.get(person=person).signatory.name == "Ola Nordmann"


def test_members_and_trainers_cannot_manage(certificate, role_client):
    for role in ("member", "trainer"):
        response = role_client(role).get(reverse("credentials:manage_list"))
        assert response.status_code in (403, 302)
