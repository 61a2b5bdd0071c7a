"""A case's access history (CaseEvent) is append-only in the database itself
(SECURITY.md WB-4), as the audit log is: no UPDATE anywhere, except the officer
becoming NULL when their account is erased; on PostgreSQL no DELETE either while
the case exists, so the history goes only with its case (retention). SQLite keeps
DELETE for the test runner's flush, as the audit log does."""

from django.db import migrations

CHANGED = (
    "NEW.case_id IS DISTINCT FROM OLD.case_id OR NEW.kind IS DISTINCT FROM OLD.kind "
    "OR NEW.at IS DISTINCT FROM OLD.at "
    "OR (NEW.officer_id IS NOT NULL AND NEW.officer_id IS DISTINCT FROM OLD.officer_id)"
)
SQLITE = [
    f"""CREATE TRIGGER whistleblowing_caseevent_no_update BEFORE UPDATE ON whistleblowing_caseevent
       WHEN {CHANGED.replace("IS DISTINCT FROM", "IS NOT")}
       BEGIN SELECT RAISE(ABORT, 'a case''s history is append-only'); END;""",
]
SQLITE_REVERSE = ["DROP TRIGGER IF EXISTS whistleblowing_caseevent_no_update;"]
POSTGRES = [
    f"""CREATE OR REPLACE FUNCTION whistleblowing_caseevent_append_only() RETURNS trigger AS $$
       BEGIN
         IF TG_OP = 'UPDATE' THEN
           IF {CHANGED} THEN
             RAISE EXCEPTION 'a case''s history is append-only';
           END IF;
           RETURN NEW;
         END IF;
         IF EXISTS (SELECT 1 FROM whistleblowing_case WHERE id = OLD.case_id) THEN
           RAISE EXCEPTION 'a case''s history goes only with the case';
         END IF;
         RETURN OLD;
       END; $$ LANGUAGE plpgsql;""",
    """CREATE TRIGGER whistleblowing_caseevent_no_change BEFORE UPDATE OR DELETE
       ON whistleblowing_caseevent FOR EACH ROW
       EXECUTE FUNCTION whistleblowing_caseevent_append_only();""",
]
POSTGRES_REVERSE = [
    "DROP TRIGGER IF EXISTS whistleblowing_caseevent_no_change ON whistleblowing_caseevent;",
    "DROP FUNCTION IF EXISTS whistleblowing_caseevent_append_only();",
]


def _run(statements: dict):
    def run(apps, schema_editor):
        for sql in statements.get(schema_editor.connection.vendor, []):
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("whistleblowing", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE, "postgresql": POSTGRES}),
            _run({"sqlite": SQLITE_REVERSE, "postgresql": POSTGRES_REVERSE}),
        )
    ]
