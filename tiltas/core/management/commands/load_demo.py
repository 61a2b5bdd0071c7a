"""Load demo data (organisations, people of every role, news, programmes, events).
Safe to run again. Prints the demo sign-ins."""

from django.core.management.base import BaseCommand
from django.db import transaction

from .load_project import app_modules


class Command(BaseCommand):
    help = "Load or update the demo data and print the demo sign-ins."

    def handle(self, *args, **options) -> None:
        lines: list[str] = []
        with transaction.atomic():
            for _label, module in app_modules("demo"):
                lines.extend(module.load_demo() or [])
        for line in lines:
            self.stdout.write(line)
