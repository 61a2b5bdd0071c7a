from django.core.management.base import BaseCommand

from tiltas.integrity.models import PdfStatus, VersionPdf
from tiltas.integrity.pdf import version_pdf_store


class Command(BaseCommand):
    help = "Draw the guide versions' PDFs still waiting (a lost background task)."

    def handle(self, *args, **options) -> None:
        waiting = VersionPdf.objects.filter(status=PdfStatus.PENDING).values_list("pk", flat=True)
        drawn = sum(version_pdf_store(pk) for pk in list(waiting))
        self.stdout.write(f"{drawn} guide PDFs drawn")
