from django.core.management.base import BaseCommand

from tiltas.whistleblowing.services import cases_delete_expired


class Command(BaseCommand):
    help = (
        "Delete closed reports, with their files, once WHISTLEBLOWING_RETENTION_YEARS have passed."
    )

    def handle(self, *args, **options) -> None:
        count = cases_delete_expired()
        self.stdout.write(f"{count} closed reports deleted")
