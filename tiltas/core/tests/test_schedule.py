import logging

import pytest
from django.core.management import call_command

from tiltas.core.contributions import jobs


def test_apps_register_their_periodic_jobs():
    assert {"events.reminders", "events.retention"} <= set(jobs())


@pytest.mark.django_db
def test_run_schedule_once_runs_every_job_and_none_fails(caplog):
    with caplog.at_level(logging.ERROR, logger="tiltas.schedule"):
        call_command("run_schedule", "--once")
    assert not caplog.records, [record.getMessage() for record in caplog.records]
