"""LG-2: the audit log is hash-chained. Someone who can lift the trigger and
edit, delete or cut off entries behind the application's back is found out by
`manage.py audit_verify`, which names the first entry that breaks the chain."""

import importlib
import threading
from contextlib import contextmanager
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import DatabaseError, connection, connections, transaction

from tiltas.core.audit import audit_record, audit_verify, entry_digest
from tiltas.core.models import AuditChainHead, AuditEntry
from tiltas.core.requests import RequestMeta, request_meta_bound

CHAIN = importlib.import_module("tiltas.core.migrations.0007_audit_hash_chain")


@contextmanager
def trigger_lifted():
    """What the database's owner can do: switch the append-only trigger off."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("ALTER TABLE core_auditentry DISABLE TRIGGER core_auditentry_no_change")
        else:
            for sql in CHAIN.SQLITE_DROP:
                cursor.execute(sql)
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                cursor.execute(
                    "ALTER TABLE core_auditentry ENABLE TRIGGER core_auditentry_no_change"
                )
            else:
                for sql in CHAIN.SQLITE:
                    cursor.execute(sql)


def _entries(count: int) -> list[AuditEntry]:
    return [audit_record(actor=None, action=f"core.test.step{n}") for n in range(count)]


def _verify() -> str:
    out = StringIO()
    call_command("audit_verify", stdout=out)
    return out.getvalue()


def _broken() -> str:
    with pytest.raises(CommandError) as error:
        _verify()
    return str(error.value)


@pytest.mark.django_db
def test_each_entry_chains_onto_the_one_before_and_the_log_verifies():
    first, second, third = _entries(3)
    assert first.prev_hash == "" and second.prev_hash == first.hash
    assert third.prev_hash == second.hash and len(third.hash) == 64
    assert AuditChainHead.objects.get().entry_id == third.pk
    assert f"intact: 3 entries, the last #{third.pk}" in _verify()


@pytest.mark.django_db
def test_an_entry_edited_behind_the_apps_back_is_named():
    entries = _entries(4)
    with trigger_lifted(), connection.cursor() as cursor:
        cursor.execute(
            "UPDATE core_auditentry SET action = %s WHERE id = %s",
            ["core.test.forged", entries[1].pk],
        )
    message = _broken()
    assert f"broken at entry #{entries[1].pk}" in message
    assert "fields were changed" in message


@pytest.mark.django_db
def test_an_entry_edited_with_its_hash_recomputed_breaks_the_link_to_the_next():
    entries = _entries(4)
    forged = AuditEntry.objects.get(pk=entries[1].pk)
    forged.actor_id = 999
    with trigger_lifted():
        AuditEntry.objects.filter(pk=forged.pk).update(actor_id=999, hash=entry_digest(forged))
    message = _broken()
    assert f"broken at entry #{entries[2].pk}" in message
    assert f"does not follow #{entries[1].pk}" in message


@pytest.mark.django_db
def test_a_deleted_entry_is_found():
    entries = _entries(4)
    with trigger_lifted():
        AuditEntry.objects.filter(pk=entries[1].pk).delete()
    message = _broken()
    assert f"broken at entry #{entries[2].pk}" in message
    assert f"does not follow #{entries[0].pk}: entries between are missing" in message


@pytest.mark.django_db
def test_entries_cut_off_the_end_are_found():
    entries = _entries(3)
    with trigger_lifted():
        AuditEntry.objects.filter(pk__gte=entries[1].pk).delete()
    assert f"#{entries[2].pk}, the last entry written, is missing" in _broken()


@pytest.mark.django_db
def test_an_emptied_log_is_found():
    _entries(2)
    with trigger_lifted():
        AuditEntry.objects.all().delete()
    assert "cut off the end" in _broken()


@pytest.fixture
def from_address():
    """Entries written during a request from 203.0.113.5."""
    with request_meta_bound(RequestMeta(request_id="r1", ip="203.0.113.5")):
        yield


@pytest.mark.django_db
@pytest.mark.usefixtures("from_address")
def test_the_triggers_allow_no_change_but_an_address_shortened_to_its_network():
    entry = audit_record(actor=None, action="core.test.done")
    assert entry.ip_address == "203.0.113.5"
    changes = {
        "action": "core.test.forged", "object_repr": "x", "request_id": "x",
        "changed_fields": ["x"], "prev_hash": "0" * 64, "hash": "0" * 64,
        "actor_id": 999, "object_type": "x", "object_id": "1", "at": entry.at,
        "ip_address": "198.51.100.9",  # another address, not a shortened one
    }  # fmt: skip
    for field, value in changes.items():
        with pytest.raises(DatabaseError), transaction.atomic():
            AuditEntry.objects.filter(pk=entry.pk).update(**{field: value})
    with pytest.raises(DatabaseError), transaction.atomic():
        AuditEntry.objects.filter(pk=entry.pk).update(ip_address=None)
    with pytest.raises(DatabaseError), transaction.atomic():
        entry.save()  # a whole row written again
    AuditEntry.objects.filter(pk=entry.pk).update(ip_address="203.0.113.0")
    assert AuditEntry.objects.get().ip_address == "203.0.113.0"
    assert audit_verify().intact  # the chain counts the network only
    if connection.vendor == "postgresql":
        with pytest.raises(DatabaseError), transaction.atomic():
            AuditEntry.objects.filter(pk=entry.pk).delete()


@pytest.mark.django_db
@pytest.mark.usefixtures("from_address")
def test_an_address_moved_to_another_network_breaks_the_chain():
    entry = _entries(2)[0]
    with trigger_lifted():
        AuditEntry.objects.filter(pk=entry.pk).update(ip_address="198.51.100.0")
    assert f"broken at entry #{entry.pk}" in _broken()


@pytest.mark.django_db(transaction=True)
def test_writers_at_the_same_time_chain_one_after_another():
    """Every writer locks the chain's head: no two entries claim the same
    predecessor, whatever the interleaving (PostgreSQL: real parallel writers)."""
    writers, per_writer = 6, 5
    start = threading.Barrier(writers)
    errors: list[BaseException] = []

    def write(n: int) -> None:
        try:
            start.wait()
            for step in range(per_writer):
                with transaction.atomic():
                    audit_record(actor=None, action=f"core.test.w{n}.{step}")
        except BaseException as error:  # reported below, in the test's thread
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=write, args=(n,)) for n in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    report = audit_verify()
    assert report.intact, report.problem
    assert report.entries == writers * per_writer
