"""Load the project's own content (the description's texts, the results
framework, pages). Safe to run again: it updates what it created."""

from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction


def app_modules(name: str):
    for config in apps.get_app_configs():
        if config.name.startswith("tiltas.") and find_spec(f"{config.name}.{name}"):
            yield config.label, import_module(f"{config.name}.{name}")


class Command(BaseCommand):
    help = "Load or update the project's content in lt, en and nb."

    def handle(self, *args, **options) -> None:
        with transaction.atomic():
            for label, module in app_modules("content"):
                module.load_project()
                self.stdout.write(f"  project content: {label}")
