"""Scans of the signed attendance sheets: one per event day, replaced when a
better scan comes."""

from datetime import date

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone

from tiltas.accounts.models import User
from tiltas.core.audit import audit_record
from tiltas.core.files import delete_on_commit, files_kept_on_success
from tiltas.core.uploads import clean_document, display_name

from ..models import Event, SignedAttendanceSheet
from .attendance import attendance_day_check

#: A scan is a PDF or a photo of the sheet; nothing else carries signatures.
SCAN_TYPES = {"pdf": "application/pdf", "png": "image/png", "jpg": "image/jpeg"}


def signed_sheet_upload(
    *, event: Event, day: date, upload: UploadedFile[bytes], actor: User
) -> SignedAttendanceSheet:
    """Store the scan of ``day``'s signed sheet, replacing an earlier one.

    The day must have come; once the event is held only coordinators may
    upload (as for attendance). The event's row is locked so that two uploads
    of the same day end as one sheet, the later one."""
    attendance_day_check(event=event, day=day, actor=actor)
    content, content_type = clean_document(
        upload, allowed=SCAN_TYPES, max_bytes=settings.TILTAS_UPLOAD_MAX_BYTES
    )
    with files_kept_on_success() as keep, transaction.atomic():
        Event.objects.select_for_update().only("pk").get(pk=event.pk)
        sheet = SignedAttendanceSheet.objects.filter(event=event, day=day).first()
        replacing = sheet is not None
        if sheet is None:
            sheet = SignedAttendanceSheet(event=event, day=day)
        else:
            delete_on_commit(sheet.file)
        sheet.original_name = display_name(upload.name or "")
        sheet.content_type = content_type
        sheet.uploaded_by = actor
        sheet.uploaded_at = timezone.now()
        sheet.file.save(content.name or "", content, save=False)
        keep(sheet.file)
        sheet.save()
        action = "replaced" if replacing else "added"
        audit_record(
            actor=actor,
            action=f"events.signed_sheet.{action}",
            obj=sheet,
            changed_fields=["file"],
        )
    return sheet
