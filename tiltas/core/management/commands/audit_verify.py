from django.core.management.base import BaseCommand, CommandError

from tiltas.core.audit import audit_verify


class Command(BaseCommand):
    help = (
        "Check the audit log's hash chain: name the first entry changed, removed or cut off "
        "behind the application's back. Exits non-zero when the chain is broken."
    )

    def handle(self, *args, **options) -> None:
        report = audit_verify()
        if not report.intact:
            raise CommandError(
                f"The audit log's chain is broken at entry #{report.broken_id}: {report.problem}"
            )
        # The head is worth keeping elsewhere too: with it, a log rewritten
        # from scratch by the database's owner would not match it any more.
        self.stdout.write(
            f"The audit log is intact: {report.entries} entries, "
            f"the last #{report.head_id} with hash {report.head_hash or '-'}."
        )
