"""Background work: drawing a guide version's PDF."""

from django.tasks import task

from .pdf import version_pdf_store


@task()
def render_version_pdf(pdf_id: int) -> bool:
    return version_pdf_store(pdf_id)
