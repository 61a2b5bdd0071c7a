"""Freeze the previous month's indicators (run daily by the scheduler; safe to repeat)."""

from django.core.management.base import BaseCommand

from tiltas.indicators.services import snapshot_make_monthly


class Command(BaseCommand):
    help = "Make the previous month's snapshot of every indicator, unless it has one."

    def handle(self, *args, **options) -> None:
        snapshot = snapshot_make_monthly()
        if snapshot is None:
            self.stdout.write("The previous month already has a snapshot.")
        else:
            self.stdout.write(f"Snapshot made: {snapshot}")
