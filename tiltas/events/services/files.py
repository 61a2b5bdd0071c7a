"""Files of events and study visits: reports, documents and photos."""

from pathlib import PurePath

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction

from tiltas.accounts.models import User
from tiltas.core.audit import audit_record
from tiltas.core.files import delete_on_commit
from tiltas.core.uploads import clean_document, clean_image, display_name, random_name

from ..models import Event, EventFile, FileKind
from ..models.files import AttachedFile

IMAGE_TYPES = {"png": "image/png", "jpg": "image/jpeg", "webp": "image/webp"}


def cleaned_upload(kind: str, upload: UploadedFile[bytes]) -> tuple[ContentFile[bytes], str]:
    """A photo re-encoded (no metadata kept) or a checked document, with its type."""
    if kind == FileKind.PHOTO:
        content = clean_image(upload, max_bytes=settings.TILTAS_UPLOAD_MAX_BYTES)
        return content, IMAGE_TYPES[PurePath(content.name or "").suffix.lstrip(".")]
    return clean_document(upload)


def attach[F: AttachedFile](
    item: F, *, kind: str, title: str, upload: UploadedFile[bytes], actor: User
) -> F:
    """Store ``upload`` as ``item`` (an unsaved file of its owner), checked and
    cleaned first."""
    content, content_type = cleaned_upload(kind, upload)
    with transaction.atomic():
        item.kind = kind
        item.title = title.strip() or display_name(upload.name or "")
        item.original_name = display_name(upload.name or "")
        item.content_type = content_type
        item.file.save(content.name or random_name("bin"), content, save=False)
        item.save()
        audit_record(
            actor=actor, action=f"{item.audit_action}.added", obj=item, changed_fields=["file"]
        )
    return item


def detach(*, item: AttachedFile, actor: User) -> None:
    with transaction.atomic():
        audit_record(actor=actor, action=f"{item.audit_action}.deleted", obj=item)
        delete_on_commit(item.file)
        item.delete()


def event_file_add(
    *, event: Event, kind: str, title: str, upload: UploadedFile[bytes], actor: User
) -> EventFile:
    return attach(EventFile(event=event), kind=kind, title=title, upload=upload, actor=actor)


def event_file_delete(*, item: EventFile, actor: User) -> None:
    detach(item=item, actor=actor)
