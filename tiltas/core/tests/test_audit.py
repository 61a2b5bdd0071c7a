from datetime import timedelta
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.admin.models import CHANGE, LogEntry
from django.core.management import call_command
from django.db import DatabaseError, transaction
from django.utils import timezone

from tiltas.competencies.tests.factories import EvidenceFactory
from tiltas.core.audit import audit_record, audit_verify
from tiltas.core.contributions import jobs
from tiltas.core.models import AuditEntry
from tiltas.core.requests import RequestMeta, request_meta_bound
from tiltas.events.models import Attendance
from tiltas.events.tests.factories import DelegationMemberFactory, RegistrationFactory
from tiltas.learning.models import Attempt, Completion, ExternalLearning, LessonProgress
from tiltas.learning.tests.factories import EnrolmentFactory, course


@pytest.mark.django_db
def test_audit_record_keeps_field_names_but_never_secrets(member):
    entry = audit_record(
        actor=member,
        action="accounts.profile.changed",
        obj=member,
        changed_fields=["full_name", "password"],
    )
    assert entry.actor == member
    assert entry.object_type == "accounts.user"
    assert entry.object_repr == f"person #{member.pk}"
    assert entry.changed_fields == ["full_name"]


@pytest.mark.django_db
def test_audit_entries_cannot_be_updated(member):
    entry = audit_record(actor=member, action="core.test.done")
    with pytest.raises(DatabaseError), transaction.atomic():
        AuditEntry.objects.filter(pk=entry.pk).update(action="core.test.forged")
    entry.refresh_from_db()
    assert entry.action == "core.test.done"


@pytest.mark.django_db
def test_object_repr_cannot_forge_a_new_log_line(make_user):
    person = make_user(full_name="Eve\nFORGED entry")
    entry = audit_record(actor=person, action="accounts.profile.changed", obj=person)
    assert "\n" not in entry.object_repr


def _records_about(person) -> list:
    """One row of every kind that used to print the person in its label."""
    programme, _module, lessons, quiz = course(lessons=1, with_quiz=True)
    registration = RegistrationFactory(person=person)
    return [
        registration,
        Attendance.objects.create(registration=registration, day=timezone.localdate()),
        DelegationMemberFactory(person=person, name=""),
        DelegationMemberFactory(person=None, name=person.full_name),
        EnrolmentFactory(programme=programme, person=person),
        LessonProgress.objects.create(person=person, lesson=lessons[0]),
        Attempt.objects.create(person=person, quiz=quiz, number=1),
        Completion.objects.create(
            person=person, programme=programme, completed_on=timezone.localdate(), hours=2
        ),
        EvidenceFactory(person=person, title=f"Certificate of {person.full_name}"),
        ExternalLearning.objects.create(
            person=person,
            title=f"{person.full_name}'s course",
            provider="VU",
            completed_on=timezone.localdate(),
            hours=1,
        ),
    ]


@pytest.mark.django_db
def test_labels_in_the_audit_log_and_the_admin_history_never_name_the_person(
    make_user, administrator
):
    person = make_user(full_name="Ieva Zyxwvutė", email="ieva.unique@example.org")
    for record in _records_about(person):
        entry = audit_record(actor=person, action="core.test.done", obj=record)
        assert entry.object_repr == f"{record._meta.label_lower} #{record.pk}"
        # What the Django admin writes into its history when a record is changed.
        [logged] = LogEntry.objects.log_actions(administrator.pk, [record], CHANGE)
        for text in (str(record), logged.object_repr):
            assert "Zyxwvut" not in text and "ieva.unique" not in text, text
            assert f"#{record.pk}" in text


def _request_from(ip: str):
    return request_meta_bound(RequestMeta(request_id="r1", ip=ip))


@pytest.mark.django_db
def test_addresses_are_shortened_to_their_network_after_the_stated_period(time_machine):
    now = timezone.now()
    days = settings.TILTAS_AUDIT_ADDRESS_DAYS
    texts = Path(settings.BASE_DIR) / "tiltas" / "portal" / "content" / "texts"
    for language in ("lt", "en", "nb"):  # the period the privacy notice states
        assert f" {days} " in (texts / f"privacy.{language}.md").read_text()
    time_machine.move_to(now - timedelta(days=days + 1), tick=False)
    with _request_from("203.0.113.5"):
        old = audit_record(actor=None, action="core.test.old")
    with _request_from("2001:db8:1:2::7"):
        old_v6 = audit_record(actor=None, action="core.test.old")
    time_machine.move_to(now - timedelta(days=days - 1), tick=False)
    with _request_from("203.0.113.6"):
        recent = audit_record(actor=None, action="core.test.recent")
    time_machine.move_to(now, tick=False)

    call_command("audit_shorten_addresses", stdout=StringIO())
    shortened = dict(AuditEntry.objects.values_list("pk", "ip_address"))
    assert shortened == {old.pk: "203.0.113.0", old_v6.pk: "2001:db8:1::", recent.pk: "203.0.113.6"}
    assert audit_verify().intact  # the chain counts networks: shortening keeps it
    assert "core.audit_addresses" in jobs() and "core.audit_verify" in jobs()
