"""Generate a realistic dataset at a scale factor (x1 ≈ the demo, x100 ≈ a national
roll-out) with bulk inserts, for the benchmark and query budgets::

    .venv/bin/python -m bench.scale_data --scale 100

The generators live in ``bench/scale/``. Run ``load_project`` (and
``load_demo``) first: the self-assessments use the published competency
framework, and the demo member gets a full history. The benchmark is not part
of the platform, so this is a script of its own, not a ``manage.py`` command.
"""

import os
import sys
import time

import django
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import translation


class Command(BaseCommand):
    help = "Generate scale data: --scale 1 is about the demo, --scale 100 a national roll-out."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--scale", type=float, default=1, help="Scale factor (default 1).")
        parser.add_argument("--seed", type=int, default=2026, help="Random seed.")

    def handle(self, *args, **options) -> None:
        from bench.scale import generate  # its models load once Django is set up

        if settings.ENV == "production":
            raise CommandError("Scale data is made-up people: not generated under production.")
        if options["scale"] <= 0:
            raise CommandError("--scale must be positive.")
        started = time.monotonic()
        # One transaction: a failed run leaves nothing behind.
        with translation.override("lt"), transaction.atomic():
            try:
                counts = generate(options["scale"], self.stdout.write, seed=options["seed"])
            except RuntimeError as error:
                raise CommandError(str(error)) from error
        total = sum(counts.values())
        self.stdout.write(
            f"Scale x{options['scale']:g}: {total} rows in {time.monotonic() - started:.0f} s"
        )
        for label, count in sorted(counts.items()):
            self.stdout.write(f"  {label}: {count}")


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    django.setup()
    Command().run_from_argv(["manage.py", "scale_data", *sys.argv[1:]])
