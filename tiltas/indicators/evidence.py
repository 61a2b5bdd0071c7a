"""Evidence files for manual values: checked by content, stored under a random name."""

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import File
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _

from tiltas.core.uploads import check_size, clean_image, random_name

#: What a donor accepts as evidence, by the type found in the file's own bytes.
DOCUMENT_TYPES = {
    "application/pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": "pptx",
    "application/vnd.oasis.opendocument.text": "odt",
    "application/vnd.oasis.opendocument.spreadsheet": "ods",
    "application/vnd.oasis.opendocument.presentation": "odp",
}
IMAGE_TYPES = {"image/png", "image/jpeg"}
# filetype decides from the first bytes; 8 KiB covers the ZIP entries of office files.
HEAD_BYTES = 8192


def clean_evidence_file(upload: UploadedFile) -> File:
    """Return the file to store (with a random name) or raise ValidationError."""
    check_size(upload, settings.TILTAS_UPLOAD_MAX_BYTES)
    upload.seek(0)
    head = upload.read(HEAD_BYTES)
    upload.seek(0)
    kind = filetype.guess(head)
    mime = kind.mime if kind is not None else ""
    if mime in IMAGE_TYPES:
        # Re-encoding drops anything hidden after the image data (polyglots).
        return clean_image(upload, max_bytes=settings.TILTAS_UPLOAD_MAX_BYTES)
    if mime not in DOCUMENT_TYPES:
        raise ValidationError(
            _("Upload a PDF, DOCX, XLSX, PPTX, ODT, ODS, ODP, PNG or JPEG file."),
            code="file_type",
        )
    upload.name = random_name(DOCUMENT_TYPES[mime])
    return upload
