"""Material sets and lesson attachments: checked uploads, versions and download counts."""

from pathlib import PurePath

from django.core.exceptions import ValidationError
from django.core.files import File
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import F, Max
from django.utils import timezone
from django.utils.translation import gettext as _

from tiltas.accounts.models import User
from tiltas.core.audit import audit_record
from tiltas.core.files import files_kept_on_success
from tiltas.core.uploads import clean_document, display_name

from ..models import (
    Lesson,
    LessonAttachment,
    Material,
    MaterialSet,
    MaterialVersion,
    Programme,
    Status,
)


def stored_extension(stored: File[bytes]) -> str:
    return PurePath(stored.name or "").suffix.lstrip(".")


def material_set_update(
    *, programme: Programme, actor: User, title: dict[str, str], description: dict[str, str]
) -> MaterialSet:
    """Create or edit the programme's set. ``title``/``description`` map language → text."""
    with transaction.atomic():
        material_set, created = MaterialSet.objects.get_or_create(
            programme=programme, defaults={"title": title.get("lt") or programme.title}
        )
        for code, text in title.items():
            setattr(material_set, f"title_{code}", text)
        for code, text in description.items():
            setattr(material_set, f"description_{code}", text)
        material_set.save()
        audit_record(
            actor=actor,
            action="learning.material_set." + ("created" if created else "updated"),
            obj=material_set,
            changed_fields=["title", "description"],
        )
    return material_set


def material_set_publish(*, material_set: MaterialSet, actor: User, publish: bool) -> MaterialSet:
    with transaction.atomic():
        if publish:
            if not material_set.materials.filter(current_version__isnull=False).exists():
                raise ValidationError(
                    _("Add at least one file before publishing the set."), code="empty"
                )
            material_set.status = Status.PUBLISHED
            material_set.published_at = material_set.published_at or timezone.now()
        else:
            material_set.status = Status.DRAFT
        material_set.save(update_fields=["status", "published_at"])
        audit_record(
            actor=actor,
            action="learning.material_set." + ("published" if publish else "unpublished"),
            obj=material_set,
            changed_fields=["status", "published_at"],
        )
    return material_set


def material_create(
    *,
    material_set: MaterialSet,
    actor: User,
    title: dict[str, str],
    language: str,
    kind: str,
    upload: UploadedFile[bytes],
) -> Material:
    with transaction.atomic():
        order = material_set.materials.aggregate(top=Max("order"))["top"]
        material = Material(
            material_set=material_set,
            language=language,
            kind=kind,
            order=(order or 0) + 1,
        )
        for code, text in title.items():
            setattr(material, f"title_{code}", text)
        material.save()
        audit_record(
            actor=actor,
            action="learning.material.created",
            obj=material,
            changed_fields=["title", "language", "kind"],
        )
        material_version_add(material=material, actor=actor, upload=upload)
    return material


def material_version_add(
    *, material: Material, actor: User, upload: UploadedFile[bytes]
) -> MaterialVersion:
    """Store a new version; earlier versions are kept."""
    stored, mime = clean_document(upload)
    with files_kept_on_success() as keep, transaction.atomic():
        locked = Material.objects.select_for_update().get(pk=material.pk)
        number = (locked.versions.aggregate(top=Max("number"))["top"] or 0) + 1
        version = MaterialVersion(
            material=locked,
            number=number,
            original_name=display_name(upload.name or ""),
            extension=stored_extension(stored),
            content_type=mime,
            size=stored.size,
            uploaded_by=actor if getattr(actor, "is_authenticated", False) else None,
        )
        version.file.save(str(stored.name), stored, save=False)
        keep(version.file)
        version.save()
        locked.current_version = version
        locked.save(update_fields=["current_version"])
        material.current_version = version
        audit_record(
            actor=actor,
            action="learning.material_version.created",
            obj=version,
            changed_fields=["file", "number"],
        )
    return version


def material_download_count(*, version: MaterialVersion) -> None:
    # F() so concurrent downloads never overwrite each other's increment.
    MaterialVersion.objects.filter(pk=version.pk).update(download_count=F("download_count") + 1)
    Material.objects.filter(pk=version.material_id).update(download_count=F("download_count") + 1)


def lesson_attachment_add(
    *, lesson: Lesson, actor: User, title: str, upload: UploadedFile[bytes]
) -> LessonAttachment:
    stored, mime = clean_document(upload)
    with files_kept_on_success() as keep, transaction.atomic():
        attachment = LessonAttachment(
            lesson=lesson,
            title=title,
            original_name=display_name(upload.name or ""),
            content_type=mime,
            size=stored.size,
        )
        attachment.file.save(str(stored.name), stored, save=False)
        keep(attachment.file)
        attachment.save()
        audit_record(
            actor=actor,
            action="learning.lesson_attachment.created",
            obj=attachment,
            changed_fields=["title", "file"],
        )
    return attachment
