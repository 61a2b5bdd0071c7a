"""Recording audit entries. Services call :func:`audit_record` inside their transaction.

The log is append-only (database triggers, migrations 0002 and 0007) and
hash-chained: each entry's ``hash`` covers its fields and the ``prev_hash`` of
the entry written before it, and ``AuditChainHead`` holds the last one. An
entry changed, removed or cut from the end behind the application's back
(by someone who can lift the trigger) shows in :func:`audit_verify`.
"""

import hashlib
import ipaddress
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from django.db import models, transaction
from django.utils import timezone

from .models import AuditChainHead, AuditEntry
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
    label: str = "",
) -> AuditEntry:
    """Append one entry. ``action`` is a dotted code such as ``portal.news.published``;
    ``changed_fields`` lists field names only, never their values; ``label``
    names what was acted on when it is no record (a page's route name)."""
    meta = current_request_meta()
    entry = AuditEntry(
        # By id: the column names the user model, which core may not import.
        actor_id=actor.pk if actor is not None and actor.is_authenticated else None,
        action=action,
        object_type=obj._meta.label_lower if obj is not None else "",
        object_id=str(obj.pk) if obj is not None and obj.pk is not None else "",
        object_repr=_clean(_label(obj) if obj is not None else label, 200),
        changed_fields=sorted(
            name for name in set(changed_fields) if name.lower() not in SECRET_FIELDS
        ),
        ip_address=meta.ip,
        request_id=meta.request_id,
    )
    # Joins the caller's transaction (no savepoint): the head stays locked until
    # it commits, so the next writer chains onto this entry, never beside it.
    with transaction.atomic(savepoint=False):
        head = _locked_head()
        entry.at = timezone.now()  # after the wait: times follow the chain
        entry.prev_hash = head.hash
        entry.hash = entry_digest(entry)
        entry.save(force_insert=True)
        head.entry_id, head.hash = entry.pk, entry.hash
        head.save(update_fields=["entry_id", "hash"])
    return entry


def _locked_head() -> AuditChainHead:
    # PostgreSQL: a row lock every writer queues on. SQLite: its transactions
    # begin IMMEDIATE (settings), so writers are one at a time already.
    head, _created = AuditChainHead.objects.select_for_update().get_or_create(pk=1)
    return head


#: IPv4 and IPv6 prefixes an address is shortened to (``audit_addresses_shorten``).
NETWORK_PREFIX = {4: 24, 6: 48}


def address_network(ip: str | None) -> str | None:
    """The network an address belongs to ("203.0.113.0" for 203.0.113.5)."""
    if not ip:
        return None
    address = ipaddress.ip_address(ip)
    prefix = NETWORK_PREFIX[address.version]
    return str(ipaddress.ip_network(f"{address}/{prefix}", strict=False).network_address)


def entry_digest(entry: Any) -> str:
    """The entry's hash: SHA-256 over its fields and the previous hash. The
    address counts by its network only, so that shortening it after the
    retention period (the one change the triggers allow) keeps the chain."""
    at = entry.at.astimezone(UTC).isoformat(timespec="microseconds")
    fields = [
        entry.prev_hash, at, entry.actor_id, entry.action, entry.object_type,
        entry.object_id, entry.object_repr, list(entry.changed_fields),
        address_network(entry.ip_address), entry.request_id,
    ]  # fmt: skip
    payload = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode()).hexdigest()


@dataclass(frozen=True)
class ChainReport:
    entries: int
    head_id: int | None
    head_hash: str
    #: The first entry that breaks the chain and what is wrong with it.
    broken_id: int | None = None
    problem: str = ""

    @property
    def intact(self) -> bool:
        return not self.problem


def _chain_problems(rows: Iterator[Any]) -> Iterator[tuple[int, str, str]]:
    """(entry id, problem, hash) for each entry, the problem empty when it is sound."""
    previous_id, previous_hash = None, ""
    for entry in rows:
        if entry.prev_hash != previous_hash:
            if previous_id is None:
                problem = "entries before it are missing"
            else:
                problem = f"it does not follow #{previous_id}: entries between are missing"
            yield entry.pk, f"{problem}, or the one before it was changed", ""
        elif entry_digest(entry) != entry.hash:
            yield entry.pk, "its fields were changed after it was written", ""
        else:
            yield entry.pk, "", entry.hash
        previous_id, previous_hash = entry.pk, entry.hash


def audit_verify() -> ChainReport:
    """Walk the chain in the order it was written and name the first entry that
    does not follow from the one before, or the end if entries were cut off."""
    # The head first: entries written while the walk runs come after it.
    head = AuditChainHead.objects.filter(pk=1).first()
    head_id, head_hash = (head.entry_id, head.hash) if head else (None, "")
    rows = AuditEntry.objects.order_by("id").iterator(chunk_size=2000)
    count, head_seen = 0, head_id is None
    for entry_id, problem, entry_hash in _chain_problems(rows):
        count += 1
        if problem:
            return ChainReport(count, head_id, head_hash, entry_id, f"#{entry_id}: {problem}")
        head_seen = head_seen or (entry_id == head_id and entry_hash == head_hash)
    if not head_seen:
        problem = f"#{head_id}, the last entry written, is missing: entries were cut off the end"
        return ChainReport(count, head_id, head_hash, head_id, problem)
    return ChainReport(count, head_id, head_hash)


def audit_addresses_shorten(*, before: datetime | None = None, actor_id: int | None = None) -> int:
    """Shorten the addresses of entries written ``before`` a time (the retention
    job) or by one person (their erasure) to their network (IPv4 /24, IPv6 /48):
    the one change the triggers allow, and one the chain does not see."""
    entries = AuditEntry.objects.filter(ip_address__isnull=False)
    if before is not None:
        entries = entries.filter(at__lt=before)
    if actor_id is not None:
        entries = entries.filter(actor_id=actor_id)
    by_network: dict[str, list[int]] = {}
    for pk, ip in entries.values_list("pk", "ip_address").iterator(chunk_size=2000):
        network = address_network(ip)
        if network is not None and network != ip:
            by_network.setdefault(network, []).append(pk)
    for network, ids in by_network.items():
        for start in range(0, len(ids), 500):
            AuditEntry.objects.filter(pk__in=ids[start : start + 500]).update(ip_address=network)
    return sum(len(ids) for ids in by_network.values())
