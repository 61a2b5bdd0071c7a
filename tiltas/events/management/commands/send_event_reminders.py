"""Send the reminders that are due (run it hourly from cron; safe to repeat)."""

from django.core.management.base import BaseCommand

from tiltas.events.tasks import send_due_reminders


class Command(BaseCommand):
    help = "Send event reminders that are due; each is sent only once."

    def handle(self, *args, **options) -> None:
        sent = send_due_reminders()
        self.stdout.write(f"Reminders sent: {sent}")
