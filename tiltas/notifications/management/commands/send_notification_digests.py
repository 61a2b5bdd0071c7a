"""Send the daily and weekly digests that are due (hourly, from run_schedule; safe to repeat)."""

from django.core.management.base import BaseCommand

from tiltas.notifications.digests import send_due_digests


class Command(BaseCommand):
    help = "Send notification digests that are due; each notification is mailed once."

    def handle(self, *args, **options) -> None:
        self.stdout.write(f"Digests sent: {send_due_digests()}")
