"""Recording audit entries. Services call :func:`audit_record` inside their transaction."""

from collections.abc import Iterable

from django.db import models

from .models import AuditEntry
from .requests import current_request_meta
from .roles import Someone

# Field names that never reach the audit log, whatever a caller passes.
SECRET_FIELDS = frozenset({"password", "secret", "token", "key", "code", "case_code"})


def _clean(text: str, limit: int) -> str:
    # CR/LF would let a value forge a new line in log files that mirror the table.
    return text.replace("\r", " ").replace("\n", " ")[:limit]


def _label(obj: models.Model) -> str:
    # The model and the id ("events.registration #12"), or the model's own
    # ``audit_label()`` ("person #12"); never ``str(obj)``, which may name a
    # person or quote their words: the log is append-only, and a name written
    # here could never be erased (GDPR art. 17).
    label = getattr(obj, "audit_label", None)
    return label() if callable(label) else f"{obj._meta.label_lower} #{obj.pk}"


def audit_record(
    *,
    actor: Someone | None,
    action: str,
    obj: models.Model | None = None,
    changed_fields: Iterable[str] = (),
) -> AuditEntry:
    """Append one entry. ``action`` is a dotted code such as ``portal.news.published``;
    ``changed_fields`` lists field names only, never their values."""
    meta = current_request_meta()
    return AuditEntry.objects.create(
        # By id: the column names the user model, which core may not import.
        actor_id=actor.pk if actor is not None and actor.is_authenticated else None,
        action=action,
        object_type=obj._meta.label_lower if obj is not None else "",
        object_id=str(obj.pk) if obj is not None and obj.pk is not None else "",
        object_repr=_clean(_label(obj), 200) if obj is not None else "",
        changed_fields=sorted(
            name for name in set(changed_fields) if name.lower() not in SECRET_FIELDS
        ),
        ip_address=meta.ip,
        request_id=meta.request_id,
    )
