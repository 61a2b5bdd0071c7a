"""Deadlines (WB-3), reminders by the scheduler, and retention (WB-4), on a frozen clock."""

import io
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.db import DatabaseError, connection, transaction
from django.utils import translation
from django.utils.translation import ngettext

from tiltas.core.models import AuditEntry
from tiltas.whistleblowing.models import Case, CaseEvent, CaseFile, Outcome
from tiltas.whistleblowing.selectors import officer_cases
from tiltas.whistleblowing.services import case_acknowledge, case_close, cases_remind

from .factories import case_made, png_upload

pytestmark = pytest.mark.django_db
RECEIVED = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _case_received():
    with time_machine.travel(RECEIVED, tick=False):
        case, _code = case_made()
    return case, case.organisation.case_handlers.get().user


def test_acknowledgement_is_due_within_seven_days():
    case, officer = _case_received()
    assert case.acknowledge_by == RECEIVED + timedelta(days=7)
    assert case.deadline_state(RECEIVED + timedelta(days=4)) == "pending"
    assert case.deadline_state(RECEIVED + timedelta(days=6)) == "due"
    assert case.deadline_state(RECEIVED + timedelta(days=7, minutes=1)) == "overdue"
    (row,) = officer_cases(officer, now=RECEIVED + timedelta(days=8))
    assert (row.deadline, row.state) == ("acknowledge", "overdue")


def test_feedback_is_due_three_months_after_the_acknowledgement():
    case, officer = _case_received()
    with time_machine.travel(RECEIVED + timedelta(days=3), tick=False):
        case = case_acknowledge(case=case, officer=officer)
    assert case.feedback_by == datetime(2026, 6, 5, 9, 0, tzinfo=UTC)
    assert case.deadline_state(datetime(2026, 6, 1, tzinfo=UTC)) == "pending"
    assert case.deadline_state(datetime(2026, 6, 6, tzinfo=UTC)) == "overdue"


def test_without_acknowledgement_feedback_counts_from_day_seven():
    case, _officer = _case_received()
    assert case.feedback_by == datetime(2026, 6, 9, 9, 0, tzinfo=UTC)


def test_officers_are_reminded_once_a_day_of_what_is_due(django_capture_on_commit_callbacks):
    _case, officer = _case_received()
    with django_capture_on_commit_callbacks(execute=True):
        assert cases_remind(now=RECEIVED + timedelta(days=2)) == 0
        assert cases_remind(now=RECEIVED + timedelta(days=8)) == 1
        assert cases_remind(now=RECEIVED + timedelta(days=8, hours=2)) == 0  # not twice a day
        assert cases_remind(now=RECEIVED + timedelta(days=9)) == 1
    assert [m.to for m in mail.outbox] == [[officer.email], [officer.email]]
    with translation.override(officer.preferred_language):
        overdue = ngettext(
            "%(counter)s report is overdue.", "%(counter)s reports are overdue.", 1
        ) % {"counter": 1}
    assert overdue in mail.outbox[0].body
    assert "Jonaitis" not in mail.outbox[0].body


def test_the_scheduler_runs_the_reminders(django_capture_on_commit_callbacks):
    _case_received()
    with time_machine.travel(RECEIVED + timedelta(days=10), tick=False):
        call_command("whistleblowing_reminders", stdout=io.StringIO())
    assert Case.objects.get().reminded_at is not None


def test_closed_cases_are_deleted_after_the_retention_period():
    case, officer = _case_received()
    with time_machine.travel(RECEIVED, tick=False):
        case_made(case.organisation, uploads=[png_upload()])
    closed_at = RECEIVED + timedelta(days=30)
    with time_machine.travel(closed_at, tick=False):
        case_close(case=case, officer=officer, outcome=Outcome.REFERRED, message="Referred.")
    kept = Case.objects.exclude(pk=case.pk).get()
    case_file = CaseFile.objects.get(case=kept)
    # The open case with its file stays; the closed one goes after five years, not before.
    with time_machine.travel(closed_at + timedelta(days=5 * 365), tick=False):
        call_command("whistleblowing_retention", stdout=io.StringIO())
    assert Case.objects.count() == 2
    with time_machine.travel(closed_at + timedelta(days=5 * 366 + 2), tick=False):
        call_command("whistleblowing_retention", stdout=io.StringIO())
    assert list(Case.objects.all()) == [kept]
    assert not CaseEvent.objects.filter(case_id=case.pk).exists()
    assert case_file.stored.storage.exists(case_file.stored.name)
    entry = AuditEntry.objects.get(action="whistleblowing.case.deleted")
    assert entry.object_repr == "whistleblowing.case" and entry.object_id == ""


def test_the_retention_period_is_a_setting(settings):
    case, officer = _case_received()
    with time_machine.travel(RECEIVED, tick=False):
        case_close(case=case, officer=officer, outcome=Outcome.REFERRED, message="Referred.")
    from tiltas.whistleblowing.services import cases_delete_expired

    assert cases_delete_expired(now=RECEIVED + timedelta(days=400)) == 0
    settings.WHISTLEBLOWING_RETENTION_YEARS = 1
    assert cases_delete_expired(now=RECEIVED + timedelta(days=400)) == 1


def test_retention_deletes_the_files_of_a_case(django_capture_on_commit_callbacks):
    case, officer = _case_received()
    with time_machine.travel(RECEIVED, tick=False):
        case, _code = case_made(case.organisation, uploads=[png_upload()])
        case_close(case=case, officer=officer, outcome=Outcome.REFERRED, message="Referred.")
    stored = CaseFile.objects.get(case=case).stored
    name, storage = stored.name, stored.storage
    from tiltas.whistleblowing.services import cases_delete_expired

    with django_capture_on_commit_callbacks(execute=True):
        assert cases_delete_expired(now=RECEIVED + timedelta(days=6 * 366)) == 1
    assert not storage.exists(name)


def test_a_cases_history_cannot_be_rewritten_in_the_database(django_user_model):
    """WB-4: an access recorded stays as it was; only the officer's name goes
    when their account is erased."""
    case, officer = _case_received()
    case_close(case=case, officer=officer, outcome=Outcome.REFERRED, message="Referred.")
    event = CaseEvent.objects.filter(case=case).first()
    with pytest.raises(DatabaseError), transaction.atomic():
        CaseEvent.objects.filter(pk=event.pk).update(kind="opened", at=RECEIVED)
    if connection.vendor == "postgresql":  # SQLite keeps DELETE for the test runner's flush
        with pytest.raises(DatabaseError), transaction.atomic():
            CaseEvent.objects.filter(pk=event.pk).delete()
    django_user_model.objects.filter(pk=officer.pk).delete()
    assert CaseEvent.objects.filter(case=case, officer__isnull=True).exists()
