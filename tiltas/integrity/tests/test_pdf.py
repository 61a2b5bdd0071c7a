"""A version's PDFs: drawn after the publication commits, one per language,
with a table of contents, page numbers and the text; downloaded by anyone."""

import io

import pytest
from django.urls import reverse
from django.utils import translation
from pypdf import PdfReader

from tiltas.integrity.models import PdfStatus, VersionPdf
from tiltas.integrity.services import guide_publish, section_update

from .factories import CHANGE_LOG, first_section, the_guide

pytestmark = pytest.mark.django_db


def pdf_pages(content: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(content)).pages]


def test_publishing_draws_a_pdf_per_language_with_contents_and_page_numbers(
    coordinator, client, django_capture_on_commit_callbacks
):
    guide = the_guide()
    section = first_section(guide)
    section_update(
        section=section,
        actor=coordinator,
        data={"title_nb": "Ny tittel"},
        revision=section.revision,
    )
    with django_capture_on_commit_callbacks(execute=True):
        version = guide_publish(guide=guide, actor=coordinator, change_log=CHANGE_LOG)
    pdfs = VersionPdf.objects.filter(version=version)
    assert sorted(pdfs.values_list("language", flat=True)) == ["en", "lt", "nb"]
    assert set(pdfs.values_list("status", flat=True)) == {PdfStatus.READY}

    with translation.override("nb"):
        url = reverse("integrity:version_pdf", args=[version.number])
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    pages = pdf_pages(response.content)
    assert len(pages) >= 8  # cover, contents, a page or more per chapter
    assert "Veileder for åpenhet" in pages[0]
    contents = pages[1]
    assert "Innhold" in contents  # Norwegian: "Contents"
    assert "1.1. Ny tittel" in contents
    # The contents give each chapter's page, and that page starts the chapter.
    chapter_line = next(line for line in contents.splitlines() if "Interessekonflikter" in line)
    page_number = int(chapter_line.rstrip(".").split(".")[-1].strip().split()[-1])
    assert "Interessekonflikter" in pages[page_number - 1]
    # Pages are numbered "n / total" in the footer.
    assert f"3 / {len(pages)}" in pages[2]


def test_before_its_pdf_is_ready_the_page_says_so(client):
    guide = the_guide()  # loaded without running the commit's tasks
    version = guide.versions.get()
    assert not VersionPdf.objects.filter(status=PdfStatus.READY).exists()
    with translation.override("en"):
        response = client.get(reverse("integrity:version_pdf", args=[version.number]))
    assert response.status_code == 200
    assert "being prepared" in response.content.decode()


def test_the_scheduler_draws_pdfs_a_lost_task_left_waiting():
    from django.core.management import call_command

    the_guide()  # its tasks never ran: the PDFs wait
    assert VersionPdf.objects.filter(status=PdfStatus.PENDING).count() == 3
    call_command("guide_pdfs_refresh", stdout=io.StringIO())
    assert VersionPdf.objects.filter(status=PdfStatus.READY).count() == 3
