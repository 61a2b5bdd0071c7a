"""Keep certificates' PDFs current: retry those still pending, draw again those
of an older template, re-issue after a name change (run it every few minutes)."""

from django.core.management.base import BaseCommand

from tiltas.credentials.services import certificates_refresh


class Command(BaseCommand):
    help = "Retry pending certificate PDFs and draw outdated ones again; safe to repeat."

    def handle(self, *args, **options) -> None:
        count = certificates_refresh()
        self.stdout.write(f"Certificates scheduled: {count}")
