"""Scheduling a version's PDFs: one per language, drawn by a background task
once the publication is committed."""

from functools import partial

from django.db import transaction

from tiltas.core.i18n import LANGUAGE_CODES

from ..models import GuideVersion, PdfStatus, VersionPdf


def version_pdfs_schedule(version: GuideVersion) -> None:
    from ..tasks import render_version_pdf

    for code in LANGUAGE_CODES:
        pdf, _created = VersionPdf.objects.get_or_create(version=version, language=code)
        if pdf.status != PdfStatus.READY:
            transaction.on_commit(partial(render_version_pdf.enqueue, pdf.pk))
