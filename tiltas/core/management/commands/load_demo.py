"""Load demo data (organisations, people of every role, news, programmes, events).
Safe to run again. Prints the demo sign-ins."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from tiltas.core.contributions import content_loaders


class Command(BaseCommand):
    help = "Load or update the demo data and print the demo sign-ins."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--allow-production",
            action="store_true",
            help="Load demo people even in production settings (they share a public TOTP secret).",
        )

    def handle(self, *args, **options) -> None:
        if settings.PRODUCTION and not options["allow_production"]:
            raise CommandError("Demo data holds public passwords and TOTP secrets: not loaded.")
        lines: list[str] = []
        with transaction.atomic():
            for _label, load in content_loaders("demo"):
                lines.extend(load() or [])
        for line in lines:
            self.stdout.write(line)
