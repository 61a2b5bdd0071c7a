"""Scans of the signed attendance sheets (issue 15, evidence bundle): one per
event day, checked like every upload, replaced with an audit entry, shown per
day on the event's management page and opened by the event's staff alone."""

import io
from datetime import timedelta
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from tiltas.accounts.tests.helpers import reauthenticate
from tiltas.core.models import AuditEntry
from tiltas.core.roles import Role
from tiltas.events.models import EventStatus, SignedAttendanceSheet
from tiltas.events.services.retention import signed_sheets_delete_expired

from .factories import EventFactory

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 20), (250, 250, 250)).save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def _two_day_event(**fields):
    """An event of two days that ended yesterday."""
    starts = timezone.now().replace(hour=7, minute=0, second=0, microsecond=0) - timedelta(days=3)
    return EventFactory(starts_at=starts, ends_at=starts + timedelta(days=1, hours=8), **fields)


def _upload_url(event, day):
    return reverse(
        "events:manage_signed_sheet_upload", kwargs={"pk": event.pk, "day": day.isoformat()}
    )


def _file_url(event, day):
    return reverse("events:manage_signed_sheet", kwargs={"pk": event.pk, "day": day.isoformat()})


def test_a_coordinator_uploads_a_day_and_the_page_shows_the_other_day_missing(client, coordinator):
    event = _two_day_event()
    first, second = event.days
    client.force_login(coordinator)
    response = client.post(
        _upload_url(event, first), {"scan": SimpleUploadedFile("lapas.pdf", PDF)}
    )
    assert response.status_code == 302
    sheet = SignedAttendanceSheet.objects.get(event=event)
    assert (sheet.day, sheet.content_type, sheet.uploaded_by) == (
        first,
        "application/pdf",
        coordinator,
    )
    assert sheet.file.name.startswith("events/signed-sheets/")
    assert "lapas" not in sheet.file.name  # stored under a random name
    assert AuditEntry.objects.filter(action="events.signed_sheet.added").count() == 1

    page = client.get(reverse("events:manage_detail", kwargs={"pk": event.pk})).content.decode()
    assert f'href="{_file_url(event, first)}"' in page
    assert f'href="{_file_url(event, second)}"' not in page
    assert page.count("Trūksta") == 1  # "Missing": the second day
    assert f'href="{_upload_url(event, second)}"' in page


def test_a_new_scan_replaces_the_old_one_and_the_replacement_is_audited(
    client, coordinator, django_capture_on_commit_callbacks
):
    event = _two_day_event()
    day = event.days[0]
    client.force_login(coordinator)
    client.post(_upload_url(event, day), {"scan": SimpleUploadedFile("a.pdf", PDF)})
    old = SignedAttendanceSheet.objects.get(event=event)
    old_path = Path(old.file.path)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(_upload_url(event, day), {"scan": SimpleUploadedFile("b.png", _png())})
    sheet = SignedAttendanceSheet.objects.get(event=event)
    assert sheet.pk == old.pk
    assert sheet.content_type == "image/png"
    assert sheet.original_name == "b.png"
    assert Path(sheet.file.path).exists()
    assert not old_path.exists()
    assert AuditEntry.objects.filter(action="events.signed_sheet.replaced").count() == 1


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("sheet.docx", b"PK\x03\x04" + b"\0" * 100, "PDF, PNG, JPG"),
        ("sheet.svg", b"<svg xmlns='http://www.w3.org/2000/svg'/>", "PDF, PNG, JPG"),
        ("sheet.pdf", b"<html><script>alert(1)</script></html>", "PDF, PNG, JPG"),
        ("sheet.png", PDF, "PDF, PNG, JPG"),
        ("sheet.pdf", b"", ""),
    ],
)
def test_only_a_pdf_png_or_jpeg_scan_is_taken(client, coordinator, name, content, message):
    event = _two_day_event()
    client.force_login(coordinator)
    response = client.post(
        _upload_url(event, event.days[0]), {"scan": SimpleUploadedFile(name, content)}
    )
    assert response.status_code == 200  # the form again, with the reason
    assert 'aria-invalid="true"' in response.content.decode()
    assert message in response.content.decode()
    assert not SignedAttendanceSheet.objects.exists()


def test_an_oversized_scan_is_refused(client, coordinator, settings):
    settings.TILTAS_UPLOAD_MAX_BYTES = 1000
    event = _two_day_event()
    client.force_login(coordinator)
    big = SimpleUploadedFile("sheet.pdf", PDF + b"%" * 2000)
    response = client.post(_upload_url(event, event.days[0]), {"scan": big})
    assert response.status_code == 200
    assert "per didelis" in response.content.decode()  # "too large"
    assert not SignedAttendanceSheet.objects.exists()


def test_a_day_that_has_not_come_or_is_not_the_events_is_refused(client, coordinator):
    coming = EventFactory()  # in ten days
    client.force_login(coordinator)
    response = client.post(
        _upload_url(coming, coming.days[0]), {"scan": SimpleUploadedFile("a.pdf", PDF)}
    )
    assert response.status_code == 200
    assert not SignedAttendanceSheet.objects.exists()
    other_day = coming.days[0] + timedelta(days=5)
    assert client.get(_upload_url(coming, other_day)).status_code == 404
    url = reverse("events:manage_signed_sheet_upload", kwargs={"pk": coming.pk, "day": "x"})
    assert client.get(url).status_code == 404


def test_one_sheet_per_day_is_enforced_by_the_database(db):
    event = _two_day_event()
    day = event.days[0]
    SignedAttendanceSheet.objects.create(event=event, day=day, content_type="application/pdf")
    with pytest.raises(IntegrityError), transaction.atomic():
        SignedAttendanceSheet.objects.create(event=event, day=day, content_type="image/png")


def test_the_events_trainer_uploads_until_it_is_held_then_only_coordinators(
    client, make_user, coordinator
):
    trainer = make_user(role=Role.TRAINER)
    event = _two_day_event()
    event.trainers.add(trainer)
    day = event.days[1]
    client.force_login(trainer)
    client.post(_upload_url(event, day), {"scan": SimpleUploadedFile("a.pdf", PDF)})
    assert SignedAttendanceSheet.objects.filter(event=event, uploaded_by=trainer).exists()

    event.status = EventStatus.HELD
    event.save()
    response = client.post(_upload_url(event, day), {"scan": SimpleUploadedFile("b.png", _png())})
    assert response.status_code == 200
    assert SignedAttendanceSheet.objects.get(event=event).content_type == "application/pdf"
    page = client.get(reverse("events:manage_detail", kwargs={"pk": event.pk})).content.decode()
    assert f'href="{_upload_url(event, day)}"' not in page  # no link to what would be refused

    client.force_login(coordinator)
    client.post(_upload_url(event, day), {"scan": SimpleUploadedFile("b.png", _png())})
    assert SignedAttendanceSheet.objects.get(event=event).content_type == "image/png"


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("anonymous", 302),
        (Role.MEMBER, 403),
        (Role.TRAINER, 404),  # a trainer who does not teach the event
        (Role.INTEGRITY_OFFICER, 403),
        (Role.COORDINATOR, 200),
        (Role.ADMINISTRATOR, 200),
    ],
)
def test_the_scan_is_downloaded_by_the_events_staff_alone(role_client, role, expected):
    event = _two_day_event()
    day = event.days[0]
    sheet = SignedAttendanceSheet(event=event, day=day, content_type="application/pdf")
    sheet.file.save("scan.pdf", SimpleUploadedFile("scan.pdf", PDF))
    client = role_client(role)
    if role != "anonymous":
        reauthenticate(client)
    for url in (_file_url(event, day), _upload_url(event, day)):
        response = client.get(url)
        assert response.status_code == expected, url
    if expected == 200:
        response = client.get(_file_url(event, day))
        assert response.content == PDF
        assert response["Content-Disposition"].startswith("attachment")
        assert response["X-Content-Type-Options"] == "nosniff"
        assert AuditEntry.objects.filter(action="events.signed_sheet.downloaded").exists()


def test_the_events_own_trainer_downloads_after_the_password_again(client, make_user):
    trainer = make_user(role=Role.TRAINER)
    event = _two_day_event()
    event.trainers.add(trainer)
    day = event.days[0]
    sheet = SignedAttendanceSheet(event=event, day=day, content_type="application/pdf")
    sheet.file.save("scan.pdf", SimpleUploadedFile("scan.pdf", PDF))
    client.force_login(trainer)
    response = client.get(_file_url(event, day))
    assert response["Location"].startswith(reverse("account_reauthenticate"))
    reauthenticate(client)
    assert client.get(_file_url(event, day)).content == PDF
    assert client.get(_file_url(event, event.days[1])).status_code == 404  # missing day


def test_the_retention_job_deletes_the_scans_of_long_past_events(
    db, django_capture_on_commit_callbacks
):
    event = _two_day_event()
    sheet = SignedAttendanceSheet(event=event, day=event.days[0], content_type="application/pdf")
    sheet.file.save("scan.pdf", SimpleUploadedFile("scan.pdf", PDF))
    path = Path(sheet.file.path)
    assert signed_sheets_delete_expired(months=1) == 0  # ended days ago: kept
    with django_capture_on_commit_callbacks(execute=True):
        assert signed_sheets_delete_expired(months=1, now=timezone.now() + timedelta(days=40)) == 1
    assert not SignedAttendanceSheet.objects.exists()
    assert not path.exists()
