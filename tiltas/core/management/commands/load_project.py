"""Load the project's own content (the description's texts, the results
framework, pages), app by app (``PlatformApp.project_content``). Safe to run
again: it updates what it created and keeps what people edited."""

from django.core.management.base import BaseCommand
from django.db import transaction

from tiltas.core.contributions import content_loaders


class Command(BaseCommand):
    help = "Load or update the project's content in lt, en and nb."

    def handle(self, *args, **options) -> None:
        with transaction.atomic():
            for label, load in content_loaders("project"):
                load()
                self.stdout.write(f"  project content: {label}")
