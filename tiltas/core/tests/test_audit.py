import pytest
from django.db import DatabaseError, transaction

from tiltas.core.audit import audit_record
from tiltas.core.models import AuditEntry


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
