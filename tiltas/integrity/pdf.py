"""A guide version as a printable A4 PDF (WeasyPrint): a title page, a table
of contents with page numbers, and numbered pages. Drawn by a background task
per language; nothing is fetched while drawing."""

import logging
import secrets
from pathlib import Path
from typing import Any

from django.core.files.base import ContentFile
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation

from tiltas.core.files import delete_on_commit, files_kept_on_success
from tiltas.core.text import render_markdown

from .models import GuideVersion, PdfStatus, VersionPdf

logger = logging.getLogger(__name__)

CSS_PATH = Path(__file__).resolve().parent / "static" / "integrity" / "guide_pdf.css"


def _refuse_fetch(url: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
    raise ValueError(f"the guide's PDF fetches nothing: {url[:60]}")


def version_html(version: GuideVersion, language: str) -> str:
    with translation.override(language):
        chapters = [
            {
                **chapter,
                "anchor": f"c{index}",
                "sections": [
                    {
                        **section,
                        "anchor": f"c{index}s{s_index}",
                        "html": render_markdown(section["body"]),
                    }
                    for s_index, section in enumerate(chapter["sections"], start=1)
                ],
            }
            for index, chapter in enumerate(version.chapters(language), start=1)
        ]
        return render_to_string(
            "integrity/guide_pdf.html",
            {
                "version": version,
                "guide": version.guide,
                "chapters": chapters,
                "language": language,
            },
        )


def version_pdf_bytes(version: GuideVersion, language: str) -> bytes:
    from weasyprint import CSS, HTML

    html = HTML(string=version_html(version, language), url_fetcher=_refuse_fetch)
    return bytes(html.write_pdf(stylesheets=[CSS(filename=str(CSS_PATH))]))


def version_pdf_store(pdf_id: int) -> bool:
    """Draw and store one version's PDF in one language; True when stored."""
    pdf = VersionPdf.objects.select_related("version__guide").filter(pk=pdf_id).first()
    if pdf is None or pdf.status == PdfStatus.READY:
        return False
    try:
        content = version_pdf_bytes(pdf.version, pdf.language)
    except Exception as error:
        logger.exception("guide version %s: the PDF could not be drawn", pdf.version_id)
        VersionPdf.objects.filter(pk=pdf.pk).update(
            status=PdfStatus.FAILED, error=f"{type(error).__name__}: {error}"[:300]
        )
        return False
    with files_kept_on_success() as keep, transaction.atomic():
        locked = VersionPdf.objects.select_for_update().get(pk=pdf.pk)
        delete_on_commit(locked.file)
        locked.file.save(f"{secrets.token_hex(16)}.pdf", ContentFile(content), save=False)
        keep(locked.file)
        locked.status = PdfStatus.READY
        locked.error = ""
        locked.save()
    return True
