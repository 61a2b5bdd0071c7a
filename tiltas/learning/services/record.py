"""The member's own lifelong-learning record: learning done outside Tiltas."""

from collections.abc import Callable
from typing import Any

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models.fields.files import FieldFile

from tiltas.accounts.models import User
from tiltas.core.audit import audit_record
from tiltas.core.files import delete_on_commit, files_kept_on_success
from tiltas.core.services import model_update
from tiltas.core.uploads import clean_document, display_name

from ..models import ExternalLearning

FIELDS = ("title", "provider", "completed_on", "hours", "evidence_link")


def _attach(
    entry: ExternalLearning, upload: UploadedFile[bytes] | None, keep: Callable[[FieldFile], None]
) -> list[str]:
    if upload is None:
        return []
    stored, _mime = clean_document(upload)
    # The old file goes only once the new one is committed; the new one is removed
    # again if the transaction fails.
    delete_on_commit(entry.evidence_file)
    entry.evidence_file.save(str(stored.name), stored, save=False)
    keep(entry.evidence_file)
    entry.evidence_name = display_name(upload.name or "")
    return ["evidence_file"]


def external_learning_create(
    *, person: User, data: dict[str, Any], evidence: UploadedFile[bytes] | None = None
) -> ExternalLearning:
    with files_kept_on_success() as keep, transaction.atomic():
        entry = ExternalLearning(person=person, **{k: data[k] for k in FIELDS if k in data})
        entry.full_clean(exclude=["evidence_file"])
        changed = _attach(entry, evidence, keep)
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
    actor: User,
    evidence: UploadedFile[bytes] | None = None,
) -> ExternalLearning:
    with files_kept_on_success() as keep, transaction.atomic():
        changed = model_update(entry, fields=FIELDS, data=data)
        entry.full_clean(exclude=["evidence_file"])
        changed += _attach(entry, evidence, keep)
        entry.save()
        audit_record(
            actor=actor,
            action="learning.external_learning.updated",
            obj=entry,
            changed_fields=changed,
        )
    return entry


def external_learning_delete(*, entry: ExternalLearning, actor: User) -> None:
    with transaction.atomic():
        audit_record(actor=actor, action="learning.external_learning.deleted", obj=entry)
        delete_on_commit(entry.evidence_file)
        entry.delete()
