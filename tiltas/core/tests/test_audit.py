import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.db import DatabaseError, transaction
from django.utils import timezone

from tiltas.competencies.tests.factories import EvidenceFactory
from tiltas.core.audit import audit_record
from tiltas.core.models import AuditEntry
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
