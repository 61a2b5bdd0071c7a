"""The PDF: drawn after the commit in the holder's language, stored, retried,
drawn again for a new name; listed in the lifelong-learning record."""

import io
import logging
from unittest import mock

import pytest
from django.core import management
from django.urls import reverse
from pypdf import PdfReader

from tiltas.credentials.models import Certificate, PdfStatus
from tiltas.credentials.pdf import MAX_ATTEMPTS

from .factories import complete_programme, issuer_and_signatory, programme_with_competency

pytestmark = pytest.mark.django_db


def pdf_text(content: bytes) -> str:
    reader = PdfReader(io.BytesIO(content))
    return "\n".join(page.extract_text() for page in reader.pages)


def issued(person, capture):
    issuer_and_signatory()
    programme, lesson = programme_with_competency(title="Socialinė klasterizacija")
    with capture(execute=True):
        complete_programme(person, programme, lesson)
    return Certificate.objects.get(person=person)


def test_the_pdf_is_drawn_after_the_commit_in_the_holders_language(
    make_user, django_capture_on_commit_callbacks
):
    person = make_user(full_name="Ingrid Hansen", preferred_language="nb")
    certificate = issued(person, django_capture_on_commit_callbacks)
    assert certificate.pdf_status == PdfStatus.READY
    assert certificate.pdf_language == "nb"
    with certificate.pdf.open("rb") as stored:
        content = stored.read()
    reader = PdfReader(io.BytesIO(content))
    assert len(reader.pages) == 1
    width, height = (float(v) for v in reader.pages[0].mediabox[2:])
    assert round(max(width, height)) == 842 and round(min(width, height)) == 595  # A4
    text = pdf_text(content)
    assert "Ingrid Hansen" in text
    assert "Kursbevis" in text  # Norwegian: certificate of completion
    assert certificate.number in text
    assert f"/nb/verify/{certificate.number}/" in text
    assert "Vidaus reikalų ministerija" in text
    assert "Rūta Petraitienė" in text
    assert "SC1" in text


def test_nothing_is_drawn_when_the_completion_rolls_back(
    member, django_capture_on_commit_callbacks
):
    programme, lesson = programme_with_competency()
    with django_capture_on_commit_callbacks() as callbacks:
        complete_programme(member, programme, lesson)
    # The task is only scheduled for after the commit, never run inside it.
    assert Certificate.objects.get(person=member).pdf_status == PdfStatus.PENDING
    assert len(callbacks) >= 1


def test_a_failing_pdf_is_retried_then_shown_failed_never_broken(
    member, django_capture_on_commit_callbacks, caplog, client
):
    client.force_login(member)
    with mock.patch("weasyprint.HTML.render", side_effect=RuntimeError("fonts missing")):
        with caplog.at_level(logging.ERROR, logger="tiltas.credentials.pdf"):
            certificate = issued(member, django_capture_on_commit_callbacks)
        assert certificate.pdf_status == PdfStatus.PENDING
        assert certificate.pdf_attempts == 1
        assert "the PDF could not be drawn" in caplog.text
        record = client.get(reverse("learning:record"))
        assert "PDF ruošiamas" in record.content.decode()  # "PDF being prepared"
        assert client.get(reverse("credentials:pdf", args=[certificate.number])).status_code == 404
        for _attempt in range(MAX_ATTEMPTS - 1):
            Certificate.objects.filter(pk=certificate.pk).update(updated_at="2000-01-01T00:00Z")
            with django_capture_on_commit_callbacks(execute=True):
                management.call_command("certificates_refresh", stdout=io.StringIO())
    certificate.refresh_from_db()
    assert certificate.pdf_status == PdfStatus.FAILED
    assert certificate.pdf_error == "RuntimeError: fonts missing"
    assert not certificate.pdf
    # Once the fault is gone, the job leaves failed PDFs to a coordinator's retry.
    with django_capture_on_commit_callbacks(execute=True):
        management.call_command("certificates_refresh", stdout=io.StringIO())
    certificate.refresh_from_db()
    assert certificate.pdf_status == PdfStatus.FAILED


def test_a_new_name_draws_the_pdf_again(member, django_capture_on_commit_callbacks):
    certificate = issued(member, django_capture_on_commit_callbacks)
    old_name = certificate.pdf.name
    member.full_name = "Ona Naujoji"
    with django_capture_on_commit_callbacks(execute=True):
        member.save()
    certificate.refresh_from_db()
    assert certificate.pdf.name != old_name
    with certificate.pdf.open("rb") as stored:
        assert "Ona Naujoji" in pdf_text(stored.read())
    assert not certificate.pdf.storage.exists(old_name)


def test_a_new_template_version_draws_every_pdf_again(member, django_capture_on_commit_callbacks):
    certificate = issued(member, django_capture_on_commit_callbacks)
    old_name = certificate.pdf.name
    with (
        mock.patch("tiltas.credentials.services.refresh.PDF_VERSION", "2"),
        mock.patch("tiltas.credentials.pdf.PDF_VERSION", "2"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        management.call_command("certificates_refresh", stdout=io.StringIO())
    certificate.refresh_from_db()
    assert certificate.pdf_version == "2"
    assert certificate.pdf.name != old_name


def test_the_record_lists_certificates_and_downloads_them(
    member, django_capture_on_commit_callbacks, client, django_assert_max_num_queries
):
    certificate = issued(member, django_capture_on_commit_callbacks)
    client.force_login(member)
    with django_assert_max_num_queries(20):
        page = client.get(reverse("learning:record"))
    html = page.content.decode()
    assert certificate.number in html
    assert reverse("credentials:verify", args=[certificate.number]) in html
    download = client.get(reverse("credentials:pdf", args=[certificate.number]))
    assert download.status_code == 200
    assert download["Content-Type"] == "application/pdf"
    assert "attachment" in download["Content-Disposition"]
    assert member.full_name in pdf_text(download.content)


def test_all_certificates_export_as_one_pdf(member, django_capture_on_commit_callbacks, client):
    certificate = issued(member, django_capture_on_commit_callbacks)
    other, lesson = programme_with_competency(title="Administracinis pajėgumas")
    with django_capture_on_commit_callbacks(execute=True):
        complete_programme(member, other, lesson)
    client.force_login(member)
    response = client.get(reverse("credentials:all_pdf"))
    assert response.status_code == 200
    reader = PdfReader(io.BytesIO(response.content))
    assert len(reader.pages) == 2
    text = pdf_text(response.content)
    assert certificate.number in text and "Administracinis pajėgumas" in text


def test_nobody_else_downloads_a_certificate(member, make_user, django_capture_on_commit_callbacks):
    from django.test import Client

    certificate = issued(member, django_capture_on_commit_callbacks)
    url = reverse("credentials:pdf", args=[certificate.number])
    other = Client()
    other.force_login(make_user())
    assert other.get(url).status_code == 404
    coordinator = Client()
    coordinator.force_login(make_user(role="coordinator"))
    assert coordinator.get(url).status_code == 404
    assert Client().get(url).status_code == 302  # to the sign-in


def test_the_issuers_logo_is_printed_and_in_the_badges_issuer_profile(
    member, django_capture_on_commit_callbacks, client
):
    from django.core.files.base import ContentFile
    from PIL import Image

    from tiltas.accounts.models import Organisation

    issuer_and_signatory()
    issuer = Organisation.objects.get()
    picture = io.BytesIO()
    Image.new("RGB", (120, 60), "#0b5394").save(picture, format="PNG")
    issuer.logo.save("logo.png", ContentFile(picture.getvalue()))
    programme, lesson = programme_with_competency()
    with django_capture_on_commit_callbacks(execute=True):
        complete_programme(member, programme, lesson)
    certificate = Certificate.objects.get(person=member)
    with certificate.pdf.open("rb") as stored:
        page = PdfReader(io.BytesIO(stored.read())).pages[0]
    assert len(page.images) == 1  # the logo (the QR code is drawn as vectors)
    profile = client.get(reverse("badges:issuer")).json()
    logo = client.get(profile["image"].split("127.0.0.1:8000", 1)[-1])
    assert logo.status_code == 200 and logo["Content-Type"] == "image/png"


def test_the_record_costs_the_same_queries_for_many_certificates(
    member, django_capture_on_commit_callbacks, client, django_assert_max_num_queries
):
    issued(member, django_capture_on_commit_callbacks)
    client.force_login(member)
    with django_assert_max_num_queries(20) as few:
        client.get(reverse("learning:record"))
    for n in range(25):
        programme, lesson = programme_with_competency(title=f"Programme {n}")
        complete_programme(member, programme, lesson)
    with django_assert_max_num_queries(len(few.captured_queries)):
        page = client.get(reverse("learning:record"))
    assert page.content.decode().count("/badge.png") == 26


def test_drawing_a_certificate_fetches_nothing_but_embedded_data():
    from tiltas.credentials.pdf import _data_only_fetcher

    fetcher = _data_only_fetcher()
    for url in ("http://169.254.169.254/latest/", "file:///etc/passwd"):
        with pytest.raises(ValueError, match="disallowed protocol"):
            fetcher.fetch(url)
    assert fetcher.fetch("data:text/plain;base64,aGk=").read() == b"hi"


def test_the_version_follows_the_template_style_and_translations(tmp_path):
    import shutil

    from tiltas.credentials import pdf

    assert pdf.template_fingerprint() == pdf.PDF_VERSION
    template = tmp_path / "certificate_pdf.html"
    style = tmp_path / "certificate_pdf.css"
    locale = tmp_path / "locale"
    shutil.copy(pdf.TEMPLATE_PATH, template)
    shutil.copy(pdf.CSS_PATH, style)
    shutil.copytree(pdf.HERE / "locale", locale)
    versions = {pdf.template_fingerprint(template, style, locale)}
    assert versions == {pdf.PDF_VERSION}
    for path in (template, style, locale / "nb" / "LC_MESSAGES" / "django.mo"):
        path.write_bytes(path.read_bytes() + b"\n")
        versions.add(pdf.template_fingerprint(template, style, locale))
    assert len(versions) == 4


def test_the_qr_code_holds_the_check_address_printed_beside_it(certificate):
    from tiltas.core.qr import qr_svg
    from tiltas.credentials.pdf import certificate_html, verification_url

    for language in ("lt", "en", "nb"):
        url = verification_url(certificate, language)
        assert url.endswith(f"/{language}/verify/{certificate.number}/")
        html = certificate_html(certificate, language)
        assert str(qr_svg(url)) in html  # the same drawing: the same encoded address
        assert url in html
