"""Periodic jobs (reminders, retention). Apps register them in ``ready()``;
``manage.py run_schedule`` runs them at their interval (``make run`` starts it;
in production run it as one service, or call ``run_schedule --once`` from cron)."""

from dataclasses import dataclass
from datetime import timedelta


@dataclass(frozen=True)
class Job:
    name: str
    every: timedelta
    command: str
    args: tuple[str, ...] = ()


JOBS: dict[str, Job] = {}


def register(name: str, *, every: timedelta, command: str, args: tuple[str, ...] = ()) -> None:
    JOBS[name] = Job(name, every, command, args)
