"""Delete the evidence bundles older than TILTAS_EVIDENCE_KEEP_DAYS (run every
few hours; safe to repeat)."""

from django.core.management.base import BaseCommand

from tiltas.evidence.services import evidence_bundles_delete_expired


class Command(BaseCommand):
    help = "Delete evidence bundles (they hold participants' names) after the days kept."

    def handle(self, *args, **options) -> None:
        count = evidence_bundles_delete_expired()
        self.stdout.write(f"Evidence bundles deleted: {count}")
