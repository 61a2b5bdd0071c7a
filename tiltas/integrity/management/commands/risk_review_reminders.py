from django.core.management.base import BaseCommand

from tiltas.integrity.services import risks_remind


class Command(BaseCommand):
    help = (
        "E-mail integrity officers the corruption risks whose review is due (once per review date)."
    )

    def handle(self, *args, **options) -> None:
        count = risks_remind()
        self.stdout.write(f"{count} risks announced")
