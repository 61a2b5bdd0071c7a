"""A held event's page shows its report, documents and photos (everyday-use
issue, item 4); before it is held they are its staff's alone."""

import io
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from PIL import Image

from tiltas.events.models import EventFile, EventStatus

from .factories import EventFactory

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _photo_with_metadata() -> bytes:
    buffer = io.BytesIO()
    exif = Image.Exif()
    exif[315] = "Ona Petraitytė"  # Artist: who took it
    Image.new("RGB", (8, 8), (20, 80, 110)).save(buffer, format="JPEG", exif=exif)
    return buffer.getvalue()


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def test_a_coordinator_adds_a_report_and_photos_that_appear_once_the_event_is_held(
    client, coordinator
):
    event = EventFactory(report_lt="Aptarėme **tris** bendrus projektus.")
    client.force_login(coordinator)
    add = reverse("events:manage_event_file_add", kwargs={"pk": event.pk})
    shot = SimpleUploadedFile("salė.jpg", _photo_with_metadata())
    client.post(add, {"kind": "photo", "title": "Dirbtuvės Klaipėdoje", "file": shot})
    client.post(
        add, {"kind": "document", "title": "Pranešimas", "file": SimpleUploadedFile("a.pdf", PDF)}
    )
    photo = EventFile.objects.get(event=event, kind="photo")
    with Image.open(photo.file.path) as stored:
        assert "exif" not in stored.info  # who took it is not kept
    page = reverse("events:detail", kwargs={"slug": event.slug})
    photo_url = reverse("events:event_file", kwargs={"slug": event.slug, "pk": photo.pk})

    client.logout()
    assert "Dirbtuvės Klaipėdoje" not in client.get(page).content.decode()
    assert client.get(photo_url).status_code == 404  # not before it is held

    event.status = EventStatus.HELD
    event.save()
    body = client.get(page).content.decode()
    assert "<strong>tris</strong>" in body
    assert f'<img src="{photo_url}" alt="Dirbtuvės Klaipėdoje"' in body
    assert "Pranešimas" in body
    assert client.get(photo_url)["Content-Type"] == "image/jpeg"


def test_a_refused_upload_says_why_and_keeps_the_title(client, coordinator):
    event = EventFactory()
    client.force_login(coordinator)
    add = reverse("events:manage_event_file_add", kwargs={"pk": event.pk})
    bad = SimpleUploadedFile("x.pdf", b"<html><script>alert(1)</script></html>")
    with translation.override("en"):
        response = client.post(add, {"kind": "document", "title": "Agenda", "file": bad})
    assert response.status_code == 200 and not event.files.exists()
    assert 'value="Agenda"' in response.content.decode()
    assert "errorlist" in response.content.decode()


def test_only_the_events_own_staff_add_or_remove_its_files(
    client, make_user, coordinator, django_capture_on_commit_callbacks
):
    from tiltas.core.roles import Role

    teacher, other = make_user(role=Role.TRAINER), make_user(role=Role.TRAINER)
    event = EventFactory(status=EventStatus.HELD)
    event.trainers.add(teacher)
    add = reverse("events:manage_event_file_add", kwargs={"pk": event.pk})
    upload = {"kind": "document", "title": "Sąrašas", "file": SimpleUploadedFile("a.pdf", PDF)}
    client.force_login(other)
    assert client.post(add, upload).status_code == 404
    client.force_login(teacher)
    upload["file"] = SimpleUploadedFile("a.pdf", PDF)
    assert client.post(add, upload).status_code == 302
    item = event.files.get()
    delete = reverse("events:manage_event_file_delete", kwargs={"pk": event.pk, "file_pk": item.pk})
    client.force_login(other)
    assert client.post(delete).status_code == 404 and event.files.exists()
    client.force_login(coordinator)
    path = Path(item.file.path)
    assert client.get(delete).status_code == 405
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(delete).status_code == 302
    assert not event.files.exists() and not path.exists()
