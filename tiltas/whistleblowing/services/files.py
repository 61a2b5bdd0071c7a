"""Attachments: checked by the core upload rules, stripped of metadata, encrypted."""

from collections.abc import Callable

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.db.models.fields.files import FieldFile
from django.utils.translation import gettext as _

from tiltas.core.uploads import clean_document, display_name, random_name

from ..encryption import decrypt_bytes, encrypt_bytes, encrypt_text
from ..metadata import UnreadableFileError, strip_image, strip_pdf
from ..models import Case, CaseFile

#: Only types whose identifying metadata can be removed.
ATTACHMENT_TYPES = {"pdf": "application/pdf", "png": "image/png", "jpg": "image/jpeg"}


def attachment_prepare(upload: UploadedFile[bytes]) -> tuple[bytes, str, str]:
    """(stripped content, MIME type, name as given) or ValidationError."""
    cleaned, content_type = clean_document(upload, allowed=ATTACHMENT_TYPES)
    data = cleaned.read()
    try:
        data = strip_pdf(data) if content_type == "application/pdf" else strip_image(data)
    except UnreadableFileError as error:
        raise ValidationError(_("The file could not be read."), code="unreadable") from error
    return data, content_type, display_name(upload.name or "")


def attachment_store(
    *, case: Case, author: str, prepared: tuple[bytes, str, str], keep: Callable[[FieldFile], None]
) -> CaseFile:
    data, content_type, name = prepared
    case_file = CaseFile(
        case=case,
        author=author,
        content_type=content_type,
        name_token=encrypt_text(name),
    )
    case_file.stored.save(random_name("bin"), ContentFile(encrypt_bytes(data)), save=False)
    keep(case_file.stored)
    case_file.save()
    return case_file


def attachment_content(case_file: CaseFile) -> bytes:
    with case_file.stored.open("rb") as handle:
        return decrypt_bytes(handle.read())
