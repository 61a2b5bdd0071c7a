"""Index the network's search again: everything, or the parts named (the
periodic job refreshes programmes and people, whose changes the network's
services do not see). Safe to repeat."""

from django.core.management.base import BaseCommand, CommandError, CommandParser

from tiltas.network.services.search import INDEXERS, search_index_rebuild


class Command(BaseCommand):
    help = "Rebuild the network's search index (all parts, or those named)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("parts", nargs="*", help=", ".join(INDEXERS))

    def handle(self, *args, **options) -> None:
        unknown = set(options["parts"]) - set(INDEXERS)
        if unknown:
            raise CommandError(f"Unknown parts {sorted(unknown)}; known: {', '.join(INDEXERS)}")
        counts = search_index_rebuild(options["parts"] or INDEXERS)
        for part, count in counts.items():
            self.stdout.write(f"{part}: {count} indexed")
