"""The member's own lifelong-learning record: learning done outside Tiltas."""

from typing import Any

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction

from tiltas.core.audit import audit_record

from ..models import ExternalLearning
from .materials import check_document, stored_copy

FIELDS = ("title", "provider", "completed_on", "hours", "evidence_link")


def _attach(entry: ExternalLearning, upload: UploadedFile | None) -> list[str]:
    if upload is None:
        return []
    extension, _mime = check_document(upload)
    if entry.evidence_file:
        entry.evidence_file.delete(save=False)
    entry.evidence_file.save(stored_copy(extension), upload, save=False)
    entry.evidence_name = (upload.name or "")[-200:]
    return ["evidence_file"]


def external_learning_create(
    *, person: Any, data: dict[str, Any], evidence: UploadedFile | None = None
) -> ExternalLearning:
    with transaction.atomic():
        entry = ExternalLearning(person=person, **{k: data[k] for k in FIELDS if k in data})
        entry.full_clean(exclude=["evidence_file"])
        changed = _attach(entry, evidence)
        entry.save()
        audit_record(
            actor=person,
            action="learning.external_learning.created",
            obj=entry,
            changed_fields=[*FIELDS, *changed],
        )
    return entry


def external_learning_update(
    *,
    entry: ExternalLearning,
    data: dict[str, Any],
    actor: Any,
    evidence: UploadedFile | None = None,
) -> ExternalLearning:
    with transaction.atomic():
        changed = [k for k in FIELDS if k in data and getattr(entry, k) != data[k]]
        for key in changed:
            setattr(entry, key, data[key])
        entry.full_clean(exclude=["evidence_file"])
        changed += _attach(entry, evidence)
        entry.save()
        audit_record(
            actor=actor,
            action="learning.external_learning.updated",
            obj=entry,
            changed_fields=changed,
        )
    return entry


def external_learning_delete(*, entry: ExternalLearning, actor: Any) -> None:
    with transaction.atomic():
        audit_record(actor=actor, action="learning.external_learning.deleted", obj=entry)
        stored = entry.evidence_file.name if entry.evidence_file else ""
        storage = entry.evidence_file.storage
        entry.delete()
        if stored:
            transaction.on_commit(lambda: storage.delete(stored))
