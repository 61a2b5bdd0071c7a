from django.core.management.base import BaseCommand

from tiltas.whistleblowing.services import cases_remind


class Command(BaseCommand):
    help = "E-mail case handlers about reports whose acknowledgement or feedback is due or overdue."

    def handle(self, *args, **options) -> None:
        count = cases_remind()
        self.stdout.write(f"{count} reports reminded of")
