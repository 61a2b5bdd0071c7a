"""What a GET may write (SECURITY.md AC-3): state changes only by POST.

The permission matrix runs every GET it makes inside a :class:`WriteRecorder`
and fails on a write to any table not listed here for that page.
"""

import re

from django.db import connection

#: Tables a GET may write to, with why (AC-3: nothing else changes on a GET, so
#: a link, an image tag or a prefetch on another site cannot change anything).
GET_MAY_WRITE = {
    # Signing in, and keeping a signed-in session alive, is the session's own row.
    "django_session": "the session store",
    # A refused page is audited (core.access.denied), and so is a read of
    # someone's personal data: the audit log records, it does not change state.
    "core_auditentry": "audit of refusals and reads",
    "core_auditchainhead": "the audit log's hash chain, written with each entry",
}
#: Pages that record something on a GET, with why. The session cookie is
#: SameSite=Lax, so another site can only cause these by sending the person to
#: the page itself (a top-level visit), never from an image or a form.
GET_RECORDS = {
    # The first view of a lesson is recorded (like Moodle's view log) so the
    # outline can mark it seen; it completes nothing.
    "learning:lesson": {"learning_lessonprogress"},
    # The download counter trainers see beside each material.
    "learning:material_download": {"learning_material", "learning_materialversion"},
    # The guide's row is created empty once, where the project's content was
    # never loaded (load_project creates it on every installation).
    "integrity:manage_guide": {"integrity_guide"},
    "integrity:manage_chapter_create": {"integrity_guide"},
    "integrity:manage_publish": {"integrity_guide"},
    # Every reading of a whistleblowing case by an officer is shown to the
    # other officers of the institution (Directive 2019/1937, art. 16 and 18).
    "whistleblowing:case": {"whistleblowing_caseevent"},
    "whistleblowing:case_file": {"whistleblowing_caseevent"},
    # Opening a conversation marks its messages read (the participant's place),
    # as a mail program does; only participants get that far.
    "network:conversation": {"network_participant"},
}
WRITE = re.compile(
    r"^\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|UPDATE|DELETE\s+FROM)\s+[\"`]?(\w+)", re.IGNORECASE
)


class WriteRecorder:
    """Records the tables written by the SQL run inside it."""

    def __init__(self) -> None:
        self.tables: set[str] = set()

    def __call__(self, execute, sql, params, many, context):
        if match := WRITE.match(sql):
            self.tables.add(match.group(1))
        return execute(sql, params, many, context)

    def __enter__(self) -> "WriteRecorder":
        self._wrapper = connection.execute_wrapper(self)
        self._wrapper.__enter__()
        return self

    def __exit__(self, *exc) -> None:
        self._wrapper.__exit__(*exc)

    def unexpected(self, route_name: str | None) -> list[str]:
        return sorted(self.tables - GET_MAY_WRITE.keys() - GET_RECORDS.get(route_name or "", set()))
