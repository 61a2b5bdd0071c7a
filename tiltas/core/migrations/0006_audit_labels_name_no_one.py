"""Labels that named a person, rewritten to name only the record.

Until now the audit log labelled an object with ``str(obj)``, and the models
below printed the person's name (or e-mail, or their own words) there; the
Django admin's history copies ``str(obj)`` too. Both outlive the person's
erasure. The audit log now says "<model> #<id>" (or the model's
``audit_label()``, "person #<id>"); existing rows are rewritten the same way.
The audit log refuses UPDATE (migration 0002), so its trigger is lifted for
this one statement and put back in the same transaction.
"""

from django.db import migrations
from django.db.models import F, Value
from django.db.models.functions import Concat

#: The models whose ``__str__`` named a person before this change, as
#: (app label, model name): their rows in the admin's history are rewritten.
NAMED_A_PERSON = [
    ("events", "registration"),
    ("events", "attendance"),
    ("events", "delegationmember"),
    ("learning", "enrolment"),
    ("learning", "lessonprogress"),
    ("learning", "completion"),
    ("learning", "attempt"),
    ("learning", "attemptanswer"),
    ("learning", "externallearning"),
    ("competencies", "evidence"),
    ("account", "emailaddress"),
]

SQLITE_TRIGGER = """CREATE TRIGGER core_auditentry_no_update BEFORE UPDATE ON core_auditentry
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;"""


def _lift(schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "ALTER TABLE core_auditentry DISABLE TRIGGER core_auditentry_no_change"
        )
    elif schema_editor.connection.vendor == "sqlite":
        schema_editor.execute("DROP TRIGGER IF EXISTS core_auditentry_no_update")


def _restore(schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "ALTER TABLE core_auditentry ENABLE TRIGGER core_auditentry_no_change"
        )
    elif schema_editor.connection.vendor == "sqlite":
        schema_editor.execute(SQLITE_TRIGGER)


def rewrite_labels(apps, schema_editor):
    AuditEntry = apps.get_model("core", "AuditEntry")
    LogEntry = apps.get_model("admin", "LogEntry")
    ContentType = apps.get_model("contenttypes", "ContentType")
    label = Concat(F("object_type"), Value(" #"), F("object_id"))
    # One transaction: if anything fails, the trigger was never lifted.
    _lift(schema_editor)
    AuditEntry.objects.exclude(object_type="").exclude(
        # Already a label without a name (the person's own "person #12").
        object_repr=Concat(Value("person #"), F("object_id"))
    ).update(object_repr=label)
    _restore(schema_editor)
    for app_label, model in NAMED_A_PERSON:
        content_type = ContentType.objects.filter(app_label=app_label, model=model).first()
        if content_type is not None:
            LogEntry.objects.filter(content_type=content_type).update(
                object_repr=Concat(Value(f"{app_label}.{model} #"), F("object_id"))
            )


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0005_public_pages_version_gone"),
        ("admin", "0003_logentry_add_action_flag_choices"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    # The old labels are gone for good: going back leaves the new ones.
    operations = [migrations.RunPython(rewrite_labels, migrations.RunPython.noop)]
