import logging
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import close_old_connections

from tiltas.core.contributions import jobs

logger = logging.getLogger("tiltas.schedule")


class Command(BaseCommand):
    help = "Run the periodic jobs the apps declare (reminders, retention) at their intervals."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--once", action="store_true", help="run every job once and exit")

    def run(self, name: str) -> None:
        job = jobs()[name]
        try:
            call_command(job.command, *job.args, stdout=self.stdout)
        except Exception:
            # One failing job must not stop the others; the log keeps the traceback.
            logger.exception("scheduled job %s failed", name)

    def handle(self, *args, **options) -> None:
        if options["once"]:
            for name in sorted(jobs()):
                self.run(name)
            return
        every = {name: job.every.total_seconds() for name, job in jobs().items()}
        next_run = dict.fromkeys(every, 0.0)
        self.stdout.write(f"Running {len(every)} periodic jobs: {', '.join(sorted(every))}")
        while True:
            now = time.monotonic()
            for name, due in next_run.items():
                if now >= due:
                    self.run(name)
                    next_run[name] = now + every[name]
            # A long-lived process: drop connections the database closed meanwhile.
            close_old_connections()
            time.sleep(30)
