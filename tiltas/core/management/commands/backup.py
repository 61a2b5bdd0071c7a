from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from tiltas.core.backup import backup_create


class Command(BaseCommand):
    help = "Back up the database and the uploaded files into one archive with checksums."

    def add_arguments(self, parser) -> None:
        parser.add_argument("archive", nargs="?", help="archive path (.tar.gz)")

    def handle(self, *args, **options) -> None:
        default = settings.VAR_DIR / "backups" / f"tiltas-{timezone.now():%Y%m%dT%H%M%S}.tar.gz"
        destination = Path(options["archive"] or default)
        manifest = backup_create(destination)
        self.stdout.write(
            f"{destination}: {sum(manifest['row_counts'].values())} rows, "
            f"{len(manifest['files']) - 1} files"
        )
