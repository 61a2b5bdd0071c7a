import csv
import io
from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation
from openpyxl import load_workbook

from tiltas.accounts.tests.factories import OrganisationFactory
from tiltas.accounts.tests.helpers import reauthenticate
from tiltas.core.models import AuditEntry
from tiltas.events.models import (
    Attendance,
    Event,
    EventStatus,
    Registration,
    RegistrationStatus,
    StudyVisit,
    SurveyResponse,
)

from .factories import EventFactory, RegistrationFactory, SurveyQuestionFactory

pytestmark = pytest.mark.django_db


def running_event(**kwargs):
    """An event that started an hour ago and lasts two days."""
    starts = timezone.now() - timedelta(hours=1)
    return EventFactory(starts_at=starts, ends_at=starts + timedelta(days=1, hours=3), **kwargs)


def url(name, event, **kwargs):
    return reverse(f"events:{name}", kwargs={"pk": event.pk, **kwargs})


def test_manage_list_bounded_queries(client, trainer, django_assert_max_num_queries):
    for _ in range(6):
        event = EventFactory()
        event.trainers.add(trainer)
        RegistrationFactory.create_batch(2, event=event)
    EventFactory()  # another trainer's: not listed
    client.force_login(trainer)
    with django_assert_max_num_queries(12):
        response = client.get(reverse("events:manage_list"))
    assert response.status_code == 200
    assert len(response.context["page"].object_list) == 6


def test_participants_page_bounded_queries(client, coordinator, django_assert_max_num_queries):
    event = EventFactory()
    RegistrationFactory.create_batch(8, event=event)
    client.force_login(coordinator)
    with django_assert_max_num_queries(14):
        assert client.get(url("manage_detail", event)).status_code == 200


def test_create_event_times_are_typed_in_the_events_zone(client, coordinator):
    client.force_login(coordinator)
    data = {
        "activity": "1.2.2", "kind": "seminar", "title_lt": "Seminaras Osle", "title_en": "",
        "title_nb": "", "country": "NO", "city": "Oslo", "timezone": "Europe/Oslo",
        "starts_at": "2030-09-10T09:00", "ends_at": "2030-09-11T16:00", "language": "en",
        "capacity": "30", "reminder_days": "2", "status": "published",
    }  # fmt: skip
    response = client.post(reverse("events:manage_create"), data)
    event = Event.objects.get()
    assert response.status_code == 302
    assert event.local_starts_at.hour == 9 and str(event.local_starts_at.tzinfo) == "Europe/Oslo"
    assert event.starts_at.astimezone(timezone.UTC).hour == 7
    assert event.slug == "seminaras-osle"
    assert AuditEntry.objects.filter(action="events.event.created").exists()
    # Editing shows the same local time back.
    body = client.get(url("manage_edit", event)).content.decode()
    assert 'value="2030-09-10T09:00"' in body


def test_create_event_errors_keep_input(client, coordinator):
    client.force_login(coordinator)
    data = {"title_lt": "Mokymai", "city": "Kaunas", "starts_at": "2030-09-10T09:00",
            "ends_at": "2030-09-10T08:00"}  # fmt: skip
    response = client.post(reverse("events:manage_create"), data)
    body = response.content.decode()
    assert response.status_code == 200 and "error-summary" in body
    assert 'value="Mokymai"' in body and not Event.objects.exists()


def test_check_in_by_code_and_plain_messages(client, trainer):
    event = running_event()
    other = running_event()
    registration = RegistrationFactory(event=event)
    foreign = RegistrationFactory(event=other)
    event.trainers.add(trainer)
    client.force_login(trainer)
    page = url("manage_check_in", event).replace("/lt/", "/en/")
    body = client.post(page, {"code": registration.ticket_token}).content.decode()
    assert "is checked in" in body
    assert Attendance.objects.filter(registration=registration, day=event.today()).exists()
    assert (
        "already used today"
        in client.post(page, {"code": registration.ticket_token}).content.decode()
    )
    assert "Unknown ticket code" in client.post(page, {"code": "nope"}).content.decode()
    assert "another event" in client.post(page, {"code": foreign.ticket_token}).content.decode()


def test_attendance_ticks_and_freeze_after_held(client, trainer, coordinator):
    event = running_event()
    registration = RegistrationFactory(event=event)
    event.trainers.add(trainer)
    day = event.days[0]  # today: a day that has come
    client.force_login(trainer)
    client.post(url("manage_attendance_set", event, registration_pk=registration.pk),
                {"day": day.isoformat(), "present": "1"})  # fmt: skip
    assert registration.attendances.filter(day=day).exists()
    event.status = EventStatus.HELD
    event.save()
    client.post(url("manage_attendance_set", event, registration_pk=registration.pk),
                {"day": day.isoformat(), "present": "0"})  # fmt: skip
    assert registration.attendances.filter(day=day).exists()  # trainers cannot change it now
    client.force_login(coordinator)
    client.post(url("manage_attendance_set", event, registration_pk=registration.pk),
                {"day": day.isoformat(), "present": "0"})  # fmt: skip
    assert not registration.attendances.filter(day=day).exists()
    assert AuditEntry.objects.filter(action="events.attendance.changed_after_held").count() == 1


def test_attendance_for_a_day_that_has_not_come_is_refused(client, trainer):
    event = running_event()
    registration = RegistrationFactory(event=event)
    event.trainers.add(trainer)
    tomorrow = event.days[-1]
    assert tomorrow > event.today()
    client.force_login(trainer)
    response = client.post(
        url("manage_attendance_set", event, registration_pk=registration.pk),
        {"day": tomorrow.isoformat(), "present": "1"},
        follow=True,
    )
    assert not registration.attendances.filter(day=tomorrow).exists()
    assert "attendance is recorded on the day" in response.content.decode() or (
        "dalyvavimas žymimas tą dieną" in response.content.decode()
    )


def test_exports_neutralise_formulas(client, coordinator):
    event = EventFactory()
    organisation = OrganisationFactory(name='=HYPERLINK("http://evil")')
    person = RegistrationFactory(
        event=event, person__full_name="+Ann", person__organisation=organisation
    ).person
    RegistrationFactory(event=event, person__full_name="@Bob", person__sex="female")
    client.force_login(coordinator)
    assert client.get(url("manage_export_csv", event)).status_code == 302  # password again first
    reauthenticate(client)
    response = client.get(url("manage_export_csv", event))
    assert response["Content-Disposition"].startswith("attachment")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows) == 3
    flat = [cell for row in rows[1:] for cell in row]
    assert "'+Ann" in flat and "'@Bob" in flat and '\'=HYPERLINK("http://evil")' in flat
    assert person.email in flat
    response = client.get(url("manage_export_xlsx", event))
    sheet = load_workbook(io.BytesIO(response.content)).active
    values = [cell.value for row in sheet.iter_rows(min_row=2) for cell in row]
    assert "'+Ann" in values and '\'=HYPERLINK("http://evil")' in values
    assert not any(isinstance(v, str) and v.startswith(("=", "+", "@")) for v in values)
    assert AuditEntry.objects.filter(action="events.participants.exported_csv").exists()


def test_per_person_exports_never_carry_sex(client, coordinator):
    event = EventFactory()
    RegistrationFactory(event=event, person__sex="female")
    client.force_login(coordinator)
    reauthenticate(client)
    with translation.override("en"):
        rows = list(
            csv.reader(
                io.StringIO(client.get(url("manage_export_csv", event)).content.decode("utf-8-sig"))
            )
        )
        sheet = load_workbook(io.BytesIO(client.get(url("manage_export_xlsx", event)).content))
    assert "Sex" not in rows[0]
    cells = {str(c.value) for row in sheet.active.iter_rows() for c in row}
    assert not cells & {"Sex", "Female", "Moteris", "Kvinne"}
    assert not {"Female", "Moteris"} & {cell for row in rows for cell in row}


def test_exports_need_a_manager(client, trainer):
    client.force_login(trainer)
    assert client.get(url("manage_export_csv", EventFactory())).status_code == 403


def test_attendance_sheet_pdf(client, trainer):
    event = running_event()
    event.trainers.add(trainer)
    RegistrationFactory(event=event, person__full_name="Ona Onaitė")
    client.force_login(trainer)
    sheet = url("manage_attendance_sheet", event, day=event.days[0].isoformat())
    response = client.get(sheet)  # names leave the platform: password again first (SE-3)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_reauthenticate"))
    assert not AuditEntry.objects.filter(action="events.attendance_sheet.downloaded").exists()
    reauthenticate(client)
    response = client.get(sheet)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert client.get(url("manage_attendance_sheet", event, day="2001-01-01")).status_code == 404


def test_cancel_event_notifies_and_held(client, coordinator, django_capture_on_commit_callbacks):
    event = EventFactory()
    RegistrationFactory.create_batch(2, event=event)
    client.force_login(coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url("manage_cancel", event))
    event.refresh_from_db()
    assert event.status == EventStatus.CANCELLED and len(mail.outbox) == 2
    running = running_event()
    response = client.post(url("manage_held", running).replace("/lt/", "/en/"), follow=True)
    running.refresh_from_db()
    assert running.status == EventStatus.PUBLISHED  # not over yet: refused, said plainly
    assert "has not ended yet" in response.content.decode()
    ended = EventFactory(
        starts_at=timezone.now() - timedelta(days=2), ends_at=timezone.now() - timedelta(days=1)
    )
    client.post(url("manage_held", ended))
    ended.refresh_from_db()
    assert ended.status == EventStatus.HELD


def test_participant_actions(client, coordinator, make_user):
    event = EventFactory(capacity=1, approval_required=True)
    pending = RegistrationFactory(event=event, status=RegistrationStatus.PENDING)
    client.force_login(coordinator)
    client.post(url("manage_registration_approve", event, registration_pk=pending.pk))
    pending.refresh_from_db()
    assert pending.status == RegistrationStatus.CONFIRMED
    newcomer = make_user()
    client.post(url("manage_participant_add", event), {"email": newcomer.email})
    added = Registration.objects.get(event=event, person=newcomer)
    assert added.status == RegistrationStatus.WAITING
    other = EventFactory(capacity=3)
    client.post(
        url("manage_registration_move", event, registration_pk=pending.pk), {"target": other.pk}
    )
    added.refresh_from_db()
    assert added.status == RegistrationStatus.CONFIRMED
    assert Registration.objects.get(event=other).person == pending.person


def test_survey_answer_once_and_results_without_names(client, member, coordinator):
    starts = timezone.now() - timedelta(days=2)
    event = EventFactory(
        starts_at=starts, ends_at=starts + timedelta(hours=6), status=EventStatus.HELD
    )
    rating = SurveyQuestionFactory(event=event, kind="rating")
    comment = SurveyQuestionFactory(event=event, kind="text")
    registration = RegistrationFactory(event=event, person=member)
    registration.attendances.create(day=event.days[0])
    client.force_login(member)
    survey = reverse("events:survey", kwargs={"pk": registration.pk})
    client.post(survey, {rating.field_name: "4", comment.field_name: "Very useful"})
    assert SurveyResponse.objects.get().answers == {
        str(rating.pk): 4,
        str(comment.pk): "Very useful",
    }
    response = client.post(survey, {rating.field_name: "1"})
    assert SurveyResponse.objects.count() == 1 and response.status_code == 200
    client.force_login(coordinator)
    body = client.get(url("manage_survey", event).replace("/lt/", "/en/")).content.decode()
    assert "Average 4.0 of 5" in body and "Very useful" in body
    assert member.full_name not in body


def test_survey_closed_for_someone_who_did_not_attend(client, member):
    starts = timezone.now() - timedelta(days=2)
    event = EventFactory(
        starts_at=starts, ends_at=starts + timedelta(hours=6), status=EventStatus.HELD
    )
    question = SurveyQuestionFactory(event=event)
    registration = RegistrationFactory(event=event, person=member)
    client.force_login(member)
    client.post(
        reverse("events:survey", kwargs={"pk": registration.pk}), {question.field_name: "5"}
    )
    assert not SurveyResponse.objects.exists()


def test_visit_management(client, coordinator, make_user, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(coordinator)
    host = OrganisationFactory(country="NO", region="NO-03")
    data = {"direction": "LT_NO", "activity": "1.1.1", "title_lt": "Vizitas į Oslą",
            "host_organisations": [host.pk], "start_date": "2026-05-04", "end_date": "2026-05-07",
            "status": "held"}  # fmt: skip
    assert client.post(reverse("events:manage_visit_create"), data).status_code == 302
    visit = StudyVisit.objects.get()
    assert list(visit.host_organisations.all()) == [host]
    person = make_user()
    add = reverse("events:manage_delegation_add", kwargs={"pk": visit.pk})
    client.post(add, {"email": person.email, "role": "Expert"})
    client.post(add, {"name": "Jonas Jonaitis", "organisation_name": "Alytaus savivaldybė"})
    assert visit.delegation.count() == 2
    upload = reverse("events:manage_visit_file_add", kwargs={"pk": visit.pk})
    from django.core.files.uploadedfile import SimpleUploadedFile

    bad = SimpleUploadedFile("x.pdf", b"<html><script>alert(1)</script></html>")
    response = client.post(upload, {"kind": "document", "title": "Bad", "file": bad})
    assert response.status_code == 200 and not visit.files.exists()
    svg = SimpleUploadedFile("x.svg", b"<svg xmlns='http://www.w3.org/2000/svg'/>")
    client.post(upload, {"kind": "photo", "title": "Svg", "file": svg})
    assert not visit.files.exists()
    good = SimpleUploadedFile("report.pdf", b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    client.post(upload, {"kind": "document", "title": "Report", "file": good})
    item = visit.files.get()
    assert item.original_name == "report.pdf" and "report" not in item.file.name
    response = client.get(reverse("events:visit_file", kwargs={"slug": visit.slug, "pk": item.pk}))
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    body = client.get(reverse("events:visit_detail", kwargs={"slug": visit.slug})).content.decode()
    assert "<dd>8</dd>" in body


def test_uploads_refuse_empty_oversize_and_polyglots(coordinator, settings, tmp_path):
    from django.core.exceptions import ValidationError
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tiltas.events import services

    from .factories import StudyVisitFactory

    settings.MEDIA_ROOT = tmp_path
    settings.TILTAS_UPLOAD_MAX_BYTES = 1000
    visit = StudyVisitFactory()
    cases = [
        ("document", SimpleUploadedFile("empty.pdf", b"")),
        ("document", SimpleUploadedFile("big.pdf", b"%PDF-1.4\n" + b"0" * 2000)),
        ("document", SimpleUploadedFile("page.html", b"<html><body>hi</body></html>")),
        ("photo", SimpleUploadedFile("x.png", b"\x89PNG\r\n\x1a\n<script>alert(1)</script>")),
    ]
    for kind, upload in cases:
        with pytest.raises(ValidationError):
            services.visit_file_add(
                visit=visit, kind=kind, title="x", upload=upload, actor=coordinator
            )
    assert not visit.files.exists()


def test_photo_is_reencoded_under_a_random_name(coordinator, settings, tmp_path):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    from tiltas.events import services

    from .factories import StudyVisitFactory

    settings.MEDIA_ROOT = tmp_path
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), (200, 10, 10)).save(buffer, format="PNG")
    polyglot = buffer.getvalue() + b"<html><script>alert(1)</script></html>"
    item = services.visit_file_add(
        visit=StudyVisitFactory(), kind="photo", title="Group photo",
        upload=SimpleUploadedFile("group.png", polyglot), actor=coordinator,
    )  # fmt: skip
    with item.file.open("rb") as handle:
        stored = handle.read()
    assert b"<script>" not in stored and stored.startswith(b"\x89PNG")
    assert item.content_type == "image/png" and "group" not in item.file.name


def test_titles_and_names_are_escaped(client, coordinator):
    event = EventFactory(title_lt='<script>alert("x")</script>')
    RegistrationFactory(event=event, person__full_name="<img src=x onerror=alert(1)>")
    body = client.get(reverse("events:detail", kwargs={"slug": event.slug})).content.decode()
    assert '<script>alert("x")</script>' not in body and "&lt;script&gt;" in body
    client.force_login(coordinator)
    body = client.get(url("manage_detail", event)).content.decode()
    assert "<img src=x" not in body and "&lt;img src=x" in body


def test_status_of_a_held_event_cannot_be_edited_back(client, coordinator):
    starts = timezone.now() - timedelta(days=1)
    event = EventFactory(
        starts_at=starts, ends_at=starts + timedelta(hours=5), status=EventStatus.HELD
    )
    from tiltas.events import services

    services.event_update(event=event, data={"status": "published", "capacity": 50}, trainers=[],
                          actor=coordinator)  # fmt: skip
    event.refresh_from_db()
    assert event.status == EventStatus.HELD and event.capacity == 50


def test_public_visit_page_shows_photos_and_documents(client, coordinator, settings, tmp_path):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    from tiltas.events import services

    from .factories import StudyVisitFactory

    settings.MEDIA_ROOT = tmp_path
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), (10, 80, 120)).save(buffer, format="PNG")
    visit = StudyVisitFactory()
    photo = services.visit_file_add(
        visit=visit, kind="photo", title="Delegation in Oslo",
        upload=SimpleUploadedFile("oslo.png", buffer.getvalue()), actor=coordinator,
    )  # fmt: skip
    document = services.visit_file_add(
        visit=visit, kind="document", title="Visit report",
        upload=SimpleUploadedFile("report.pdf", b"%PDF-1.4\n%%EOF\n"), actor=coordinator,
    )  # fmt: skip
    page = reverse("events:visit_detail", kwargs={"slug": visit.slug})
    body = client.get(page).content.decode()
    photo_url = reverse("events:visit_file", kwargs={"slug": visit.slug, "pk": photo.pk})
    document_url = reverse("events:visit_file", kwargs={"slug": visit.slug, "pk": document.pk})
    assert f'<img src="{photo_url}" alt="Delegation in Oslo"' in body
    assert f'<a href="{document_url}">Visit report</a>' in body
    assert client.get(photo_url)["Content-Type"] == "image/png"
