from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from tiltas.core.audit import audit_addresses_shorten


class Command(BaseCommand):
    help = (
        "Shorten the IP addresses in audit entries older than TILTAS_AUDIT_ADDRESS_DAYS "
        "to their network (IPv4 /24, IPv6 /48)."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--days", type=int, default=None)

    def handle(self, *args, days: int | None = None, **options) -> None:
        days = settings.TILTAS_AUDIT_ADDRESS_DAYS if days is None else days
        count = audit_addresses_shorten(before=timezone.now() - timedelta(days=days))
        self.stdout.write(f"Audit entries whose address was shortened: {count}")
