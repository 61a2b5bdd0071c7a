from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from tiltas.core.backup import BackupError, backup_create


class Command(BaseCommand):
    help = (
        "Back up the database and the uploaded files into one archive with checksums, "
        "encrypted with BACKUP_KEY."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("archive", nargs="?", help="archive path (.tar.gz.enc)")

    def handle(self, *args, **options) -> None:
        name = f"tiltas-{timezone.now():%Y%m%dT%H%M%S}.tar.gz.enc"
        destination = Path(options["archive"] or settings.VAR_DIR / "backups" / name)
        try:
            manifest = backup_create(destination)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"{destination}: {sum(manifest['row_counts'].values())} rows, "
            f"{len(manifest['files']) - 1} files"
        )
