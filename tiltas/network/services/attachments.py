"""A post's files: checked by the core upload rules before anything is written,
stored under random names, at most ``POST_ATTACHMENTS_MAX`` a post."""

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.db.models.fields.files import FieldFile
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from tiltas.core.files import delete_on_commit
from tiltas.core.uploads import clean_document, display_name, random_name

from ..models import POST_ATTACHMENTS_MAX, Post, PostAttachment


@dataclass(frozen=True)
class CheckedFile:
    content: ContentFile[bytes]
    content_type: str
    name: str


def attachments_count_check(count: int) -> None:
    if count > POST_ATTACHMENTS_MAX:
        raise ValidationError(
            {
                "attachments": ngettext(
                    "A post can carry at most %(limit)d file.",
                    "A post can carry at most %(limit)d files.",
                    POST_ATTACHMENTS_MAX,
                )
                % {"limit": POST_ATTACHMENTS_MAX}
            }
        )


def attachments_check(
    uploads: Sequence[UploadedFile[bytes]], *, kept: int = 0
) -> list[CheckedFile]:
    """Every upload checked (type by content, size), or one ValidationError on
    ``attachments`` naming each refused file; ``kept`` files stay on the post."""
    attachments_count_check(kept + len(uploads))
    checked, errors = [], []
    for upload in uploads:
        name = display_name(upload.name or "")
        try:
            content, content_type = clean_document(upload)
        except ValidationError as error:
            errors += [
                _("%(name)s: %(problem)s") % {"name": name, "problem": problem}
                for problem in error.messages
            ]
        else:
            checked.append(CheckedFile(content, content_type, name))
    if errors:
        raise ValidationError({"attachments": errors})
    return checked


def attachments_store(
    *, post: Post, files: Sequence[CheckedFile], keep: Callable[[FieldFile], None]
) -> None:
    """Store checked files on ``post``; ``keep`` (core.files) removes them if the
    transaction fails."""
    for checked in files:
        attachment = PostAttachment(
            post=post,
            original_name=checked.name,
            content_type=checked.content_type,
            size=checked.content.size,
        )
        attachment.file.save(
            checked.content.name or random_name("bin"), checked.content, save=False
        )
        keep(attachment.file)
        attachment.save()


def attachments_remove(*, post: Post, ids: Collection[int]) -> int:
    """Remove the post's files named by ``ids`` (others' ids are ignored); the
    stored files go once the transaction commits."""
    removed = list(post.attachments.filter(pk__in=ids))
    for attachment in removed:
        delete_on_commit(attachment.file)
        attachment.delete()
    return len(removed)
