"""The README's database role for the application (security issue, item 12;
SECURITY LG-2): run as it, PostgreSQL itself refuses every change to the audit
log but an address shortened to its network, and the truncating or switching
off of its triggers that the table's owner could do. The SQL is read from the
README, so the instructions an operator follows are the ones tested."""

import re
import secrets
from pathlib import Path

import psycopg
import pytest
from django.conf import settings
from django.db import connection
from psycopg import errors

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

README = Path(settings.BASE_DIR) / "README.md"


def readme_grants(role: str, password: str, database: str) -> list[str]:
    text = README.read_text()
    section = text[text.index("**The database role of the application.**") :]
    match = re.search(r"```sql\n(.*?)```", section, re.DOTALL)
    assert match is not None, "the README shows no SQL for the application's role"
    sql = re.sub(r"--[^\n]*", "", match[1])
    sql = sql.replace("tiltas_app", role).replace("'…'", f"'{password}'")
    sql = sql.replace("ON DATABASE tiltas TO", f'ON DATABASE "{database}" TO')
    return [statement.strip() for statement in sql.split(";") if statement.strip()]


ENTRY = """INSERT INTO core_auditentry (at, action, object_type, object_id, object_repr,
    changed_fields, ip_address, request_id, prev_hash, hash)
    VALUES (now(), 'core.test.done', '', '', '', '[]', '203.0.113.5', '', '', '')
    RETURNING id"""


def test_the_readmes_application_role_may_only_add_to_the_audit_log():
    if connection.vendor != "postgresql":
        pytest.skip("database roles are PostgreSQL's; SQLite has the triggers and the chain")
    role, password = f"tiltas_app_{secrets.token_hex(4)}", secrets.token_urlsafe(16)
    database = connection.settings_dict
    with connection.cursor() as cursor:
        for statement in readme_grants(role, password, database["NAME"]):
            cursor.execute(statement)
    try:
        with psycopg.connect(
            host=database["HOST"] or "127.0.0.1", port=database["PORT"] or 5432,
            dbname=database["NAME"], user=role, password=password, autocommit=True,
        ) as app:  # fmt: skip
            (entry,) = app.execute(ENTRY).fetchone()
            assert app.execute("SELECT count(*) FROM core_auditentry").fetchone() == (1,)
            # The one change allowed: the address shortened to its network.
            app.execute(
                "UPDATE core_auditentry SET ip_address = '203.0.113.0' WHERE id = %s", [entry]
            )
            refused = [
                ("UPDATE core_auditentry SET action = 'core.test.forged' WHERE id = %s", [entry]),
                ("DELETE FROM core_auditentry WHERE id = %s", [entry]),
                ("TRUNCATE core_auditentry", None),
                ("ALTER TABLE core_auditentry DISABLE TRIGGER ALL", None),
            ]
            for statement, parameters in refused:
                with pytest.raises(errors.InsufficientPrivilege):
                    app.execute(statement, parameters)
            # The rest of the application's tables it reads and writes as usual.
            app.execute("UPDATE core_auditchainhead SET hash = hash")
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f'DROP OWNED BY "{role}"')
            cursor.execute(f'DROP ROLE "{role}"')
