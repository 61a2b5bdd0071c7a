"""Anonymise the participants of events that ended long ago (run daily; safe to repeat)."""

from django.core.management.base import BaseCommand

from tiltas.events.services.retention import (
    registrations_anonymise_expired,
    signed_sheets_delete_expired,
    walk_ins_anonymise_expired,
)


class Command(BaseCommand):
    help = (
        "Anonymise the registrations and walk-ins (and delete the signed sheets) of "
        "events that ended more than the retention period ago."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--months", type=int, default=None)

    def handle(self, *args, months: int | None = None, **options) -> None:
        count = registrations_anonymise_expired(months=months)
        self.stdout.write(f"Registrations anonymised: {count}")
        count = walk_ins_anonymise_expired(months=months)
        self.stdout.write(f"Walk-ins anonymised: {count}")
        count = signed_sheets_delete_expired(months=months)
        self.stdout.write(f"Signed attendance sheets deleted: {count}")
