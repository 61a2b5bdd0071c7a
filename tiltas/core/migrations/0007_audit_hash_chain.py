"""The audit log's hash chain, and triggers that allow one change only.

Each entry gets ``prev_hash`` and ``hash`` (``tiltas.core.audit.entry_digest``),
existing entries are chained in the order they were written, and
``AuditChainHead`` holds the last one. The triggers lifted for that are put
back stricter than before: an UPDATE may only shorten an entry's address to
its network (the retention job and erasure, ``audit_addresses_shorten``),
which the chain does not cover; every other UPDATE, and DELETE on
PostgreSQL, is refused. (DELETE and TRUNCATE stay possible on SQLite and
for the table's owner: the chain shows what they removed.)
"""

from django.db import migrations, models

# The digest the application checks the chain with (it reads fields by name,
# so it works on the historical model too).
from tiltas.core.audit import entry_digest

OLD_SQLITE = [
    """CREATE TRIGGER core_auditentry_no_update BEFORE UPDATE ON core_auditentry
       BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;""",
]
OLD_POSTGRES_FUNCTION = """
CREATE OR REPLACE FUNCTION core_auditentry_append_only() RETURNS trigger AS $$
BEGIN RAISE EXCEPTION 'the audit log is append-only'; END; $$ LANGUAGE plpgsql;"""

#: Every column but the address: listed, so a column added later must be added here.
SQLITE = [
    """CREATE TRIGGER core_auditentry_no_update BEFORE UPDATE OF
       id, at, actor_id, action, object_type, object_id, object_repr, changed_fields,
       request_id, prev_hash, hash ON core_auditentry
       BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;""",
    # The network's own address ends in .0 (IPv4 /24) or :: (IPv6 /48); the
    # chain covers the network, so no other one can be put in its place.
    """CREATE TRIGGER core_auditentry_address_shortened_only BEFORE UPDATE OF ip_address
       ON core_auditentry
       WHEN NEW.ip_address IS NULL
         OR NOT (NEW.ip_address LIKE '%.0' OR NEW.ip_address LIKE '%::')
       BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;""",
]
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS core_auditentry_no_update;",
    "DROP TRIGGER IF EXISTS core_auditentry_address_shortened_only;",
]
POSTGRES_FUNCTION = """
CREATE OR REPLACE FUNCTION core_auditentry_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE'
       AND to_jsonb(NEW) - 'ip_address' = to_jsonb(OLD) - 'ip_address'
       AND NEW.ip_address IS NOT NULL AND OLD.ip_address IS NOT NULL
       AND host(NEW.ip_address) = host(network(set_masklen(
           OLD.ip_address, CASE family(OLD.ip_address) WHEN 4 THEN 24 ELSE 48 END)))
    THEN
        RETURN NEW;  -- an address shortened to its network, nothing else changed
    END IF;
    RAISE EXCEPTION 'the audit log is append-only';
END; $$ LANGUAGE plpgsql;"""
POSTGRES_TRIGGER = "core_auditentry_no_change"


def _execute(schema_editor, statements):
    for sql in statements:
        schema_editor.execute(sql)


def lift_old_triggers(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        _execute(schema_editor, SQLITE_DROP)
    elif vendor == "postgresql":
        schema_editor.execute(f"ALTER TABLE core_auditentry DISABLE TRIGGER {POSTGRES_TRIGGER}")


def _put_triggers(schema_editor, sqlite, postgres_function):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        _execute(schema_editor, SQLITE_DROP + sqlite)
    elif vendor == "postgresql":
        enable = f"ALTER TABLE core_auditentry ENABLE TRIGGER {POSTGRES_TRIGGER}"
        _execute(schema_editor, [postgres_function, enable])


def restore_old_triggers(apps, schema_editor):
    _put_triggers(schema_editor, OLD_SQLITE, OLD_POSTGRES_FUNCTION)


def chain_existing_entries(apps, schema_editor):
    AuditEntry = apps.get_model("core", "AuditEntry")
    AuditChainHead = apps.get_model("core", "AuditChainHead")
    previous, batch = "", []
    last_id = None
    for entry in AuditEntry.objects.order_by("id").iterator(chunk_size=2000):
        entry.prev_hash = previous
        entry.hash = previous = entry_digest(entry)
        last_id = entry.pk
        batch.append(entry)
        if len(batch) == 1000:
            AuditEntry.objects.bulk_update(batch, ["prev_hash", "hash"])
            batch = []
    AuditEntry.objects.bulk_update(batch, ["prev_hash", "hash"])
    AuditChainHead.objects.update_or_create(pk=1, defaults={"entry_id": last_id, "hash": previous})


def put_back_triggers(apps, schema_editor):
    _put_triggers(schema_editor, SQLITE, POSTGRES_FUNCTION)


def lift_new_triggers(apps, schema_editor):
    lift_old_triggers(apps, schema_editor)


class Migration(migrations.Migration):
    dependencies = [("core", "0006_audit_labels_name_no_one")]

    operations = [
        migrations.RunPython(lift_old_triggers, restore_old_triggers),
        migrations.AddField(
            model_name="auditentry",
            name="prev_hash",
            field=models.CharField(
                blank=True, max_length=64, verbose_name="hash of the previous entry"
            ),
        ),
        migrations.AddField(
            model_name="auditentry",
            name="hash",
            field=models.CharField(blank=True, max_length=64, verbose_name="hash"),
        ),
        migrations.CreateModel(
            name="AuditChainHead",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "entry_id",
                    models.BigIntegerField(blank=True, null=True, verbose_name="last entry"),
                ),
                (
                    "hash",
                    models.CharField(
                        blank=True, max_length=64, verbose_name="hash of the last entry"
                    ),
                ),
            ],
            options={
                "verbose_name": "audit chain head",
                "verbose_name_plural": "audit chain head",
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(("id", 1)), name="core_auditchainhead_one_row"
                    )
                ],
            },
        ),
        migrations.RunPython(chain_existing_entries, migrations.RunPython.noop),
        migrations.RunPython(put_back_triggers, lift_new_triggers),
    ]
