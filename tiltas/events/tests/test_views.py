import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation

from tiltas.events.models import EventStatus, QuestionKind, Registration, RegistrationStatus

from .factories import (
    DelegationMemberFactory,
    EventFactory,
    EventQuestionFactory,
    RegistrationFactory,
    StudyVisitFactory,
)

pytestmark = pytest.mark.django_db

OSLO = ZoneInfo("Europe/Oslo")


def test_calendar_lists_upcoming_and_past_with_filters(client, django_assert_max_num_queries):
    for n in range(5):
        EventFactory(title_lt=f"Upcoming LT {n}")
    EventFactory(title_lt="Oslo day", country="NO", city="Oslo", activity="1.3.2")
    EventFactory(title_lt="Draft one", status=EventStatus.DRAFT)
    past = timezone.now() - timedelta(days=30)
    EventFactory(
        title_lt="Long ago",
        starts_at=past,
        ends_at=past + timedelta(hours=5),
        status=EventStatus.HELD,
    )
    with django_assert_max_num_queries(8):
        response = client.get(reverse("events:calendar"))
    body = response.content.decode()
    assert "Upcoming LT 4" in body and "Oslo day" in body
    assert "Draft one" not in body and "Long ago" not in body
    assert reverse("events:calendar_ics") in body
    body = client.get(reverse("events:calendar"), {"country": "NO"}).content.decode()
    assert "Oslo day" in body and "Upcoming LT 1" not in body
    body = client.get(reverse("events:calendar"), {"activity": "1.3.2"}).content.decode()
    assert "Oslo day" in body and "Upcoming LT 1" not in body
    body = client.get(reverse("events:calendar"), {"when": "past"}).content.decode()
    assert "Long ago" in body and "Oslo day" not in body
    # Unknown filter values are ignored, not passed to the database.
    assert client.get(reverse("events:calendar"), {"country": "password"}).status_code == 200


def test_calendar_is_paginated_soonest_first_and_keeps_the_filters(client):
    soon = timezone.now() + timedelta(days=1)
    for n in range(1, 26):  # one page and five events more
        EventFactory(
            title_lt=f"Event no. {n:02}",
            starts_at=soon + timedelta(days=n),
            ends_at=soon + timedelta(days=n, hours=3),
        )
    url = reverse("events:calendar")
    first = client.get(url, {"country": "LT"}).content.decode()
    second = client.get(url, {"country": "LT", "page": 2}).content.decode()
    shown_first = re.findall(r"Event no\. (\d\d)", first)
    shown_second = re.findall(r"Event no\. (\d\d)", second)
    assert shown_first == [f"{n:02}" for n in range(1, 21)]
    assert shown_second == ["21", "22", "23", "24", "25"]
    # Page 1 links forward only, page 2 back only, and both keep the filter.
    assert 'href="?country=LT&amp;page=2" rel="next"' in first and 'rel="prev"' not in first
    assert 'href="?country=LT&amp;page=1" rel="prev"' in second and 'rel="next"' not in second
    assert '<span aria-current="page">2 puslapis iš 2</span>' in second  # "Page 2 of 2"


def test_oslo_event_shows_local_time_and_vilnius_time_to_a_lithuanian(client, make_user):
    starts = datetime(2030, 6, 3, 10, 0, tzinfo=OSLO)
    event = EventFactory(
        timezone="Europe/Oslo",
        country="NO",
        city="Bergen",
        starts_at=starts,
        ends_at=starts + timedelta(hours=6),
    )
    client.force_login(make_user(country="LT", preferred_language="en"))
    body = client.get(
        reverse("events:detail", kwargs={"slug": event.slug}).replace("/lt/", "/en/")
    ).content.decode()
    assert "June 3, 2030, 10 a.m." in body and "Oslo time (Europe/Oslo)" in body
    assert "That is June 3, 2030, 11 a.m." in body and "Vilnius time (Europe/Vilnius)" in body
    client.force_login(make_user(country="NO"))
    body = client.get(
        reverse("events:detail", kwargs={"slug": event.slug}).replace("/lt/", "/en/")
    ).content.decode()
    assert "That is" not in body


def test_ical_feed(client):
    event = EventFactory(timezone="Europe/Oslo", title_lt="Feed me")
    EventFactory(status=EventStatus.DRAFT, title_lt="Hidden")
    response = client.get(reverse("events:calendar_ics"))
    assert response["Content-Type"].startswith("text/calendar")
    text = response.content.decode()
    assert "SUMMARY:Feed me" in text and "Hidden" not in text
    assert "TZID=Europe/Oslo" in text and f"/events/{event.slug}/" in text


def test_register_keeps_input_on_error_and_then_succeeds(
    client, member, django_capture_on_commit_callbacks
):
    event = EventFactory()
    text = EventQuestionFactory(event=event, text_lt="Diet", required=True)
    photo = EventQuestionFactory(
        event=event, kind=QuestionKind.YES_NO, text_lt="Photos ok?", required=True
    )
    client.force_login(member)
    url = reverse("events:register", kwargs={"slug": event.slug})
    response = client.post(url, {text.field_name: "Vegan"})
    body = response.content.decode()
    assert response.status_code == 200
    assert "error-summary" in body and "Vegan" in body
    assert not Registration.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {text.field_name: "Vegan", photo.field_name: "yes"})
    registration = Registration.objects.get()
    assert response.url == reverse("events:ticket", kwargs={"pk": registration.pk})
    assert registration.answers == {str(text.pk): "Vegan", str(photo.pk): "yes"}
    assert len(mail.outbox) == 1
    # Twice: a clear message, what was typed stays.
    response = client.post(url, {text.field_name: "Fish", photo.field_name: "no"})
    body = response.content.decode()
    assert "jau užsiregistravote" in body.lower() or "already registered" in body
    assert "Fish" in body


def test_register_closed_event_says_so(client, member):
    event = EventFactory(registration_closes_at=timezone.now() - timedelta(hours=1))
    client.force_login(member)
    response = client.post(
        reverse("events:register", kwargs={"slug": event.slug}).replace("/lt/", "/en/"), {}
    )
    assert "Registration for this event is closed." in response.content.decode()


def test_ticket_shows_qr_svg_without_inline_styles(client, member):
    registration = RegistrationFactory(person=member)
    client.force_login(member)
    body = client.get(reverse("events:ticket", kwargs={"pk": registration.pk})).content.decode()
    assert "<svg" in body and registration.ticket_token in body
    assert "style=" not in body and "<script>" not in body


def test_member_edits_answers_and_cancels(client, member):
    question = EventQuestionFactory(required=False)
    registration = RegistrationFactory(
        event=question.event, person=member, answers={str(question.pk): "a"}
    )
    waiting = RegistrationFactory(
        event=question.event, status=RegistrationStatus.WAITING, position=1
    )
    question.event.capacity = 1
    question.event.save()
    client.force_login(member)
    edit = reverse("events:answers_edit", kwargs={"pk": registration.pk})
    assert "\na</textarea>" in client.get(edit).content.decode()
    client.post(edit, {question.field_name: "b"})
    registration.refresh_from_db()
    assert registration.answers == {str(question.pk): "b"}
    assert client.get(reverse("events:cancel", kwargs={"pk": registration.pk})).status_code == 405
    client.post(reverse("events:cancel", kwargs={"pk": registration.pk}))
    registration.refresh_from_db()
    waiting.refresh_from_db()
    assert registration.status == RegistrationStatus.CANCELLED
    assert waiting.status == RegistrationStatus.CONFIRMED


def test_my_registrations_lists_only_mine(client, member):
    mine = RegistrationFactory(person=member)
    other = RegistrationFactory()
    client.force_login(member)
    body = client.get(reverse("events:my_registrations")).content.decode()
    assert mine.event.title in body and other.event.title not in body


def test_visits_pages_show_person_days(client):
    visit = StudyVisitFactory(
        title_lt="Oslo visit",
        start_date=datetime(2026, 5, 4).date(),
        end_date=datetime(2026, 5, 7).date(),
    )
    for _ in range(3):
        DelegationMemberFactory(visit=visit, name="Secret Person")
    StudyVisitFactory(title_lt="Draft visit", status="draft")
    body = client.get(reverse("events:visits")).content.decode()
    assert "Oslo visit" in body and "Draft visit" not in body
    assert '<td class="number">12</td>' in body
    body = client.get(reverse("events:visit_detail", kwargs={"slug": visit.slug})).content.decode()
    assert "<dd>12</dd>" in body and "<dd>4</dd>" in body and "<dd>3</dd>" in body
    assert "Secret Person" not in body


def test_the_online_link_is_only_for_confirmed_participants(client, member, make_user):
    event = EventFactory(online_url="https://meet.example/secret-room")
    page = reverse("events:detail", args=[event.slug])
    assert "secret-room" not in client.get(page).content.decode()  # anonymous
    waiting = make_user()
    RegistrationFactory(event=event, person=waiting, status=RegistrationStatus.WAITING, position=1)
    client.force_login(waiting)
    assert "secret-room" not in client.get(page).content.decode()
    confirmed = RegistrationFactory(event=event, person=member)
    client.force_login(member)
    ticket = reverse("events:ticket", args=[confirmed.pk])
    body = client.get(page).content.decode()  # the public page: never the link itself
    assert "secret-room" not in body and f'href="{ticket}"' in body
    assert "secret-room" in client.get(ticket).content.decode()


def test_the_ticket_offers_the_event_for_the_persons_calendar(client, member):
    registration = RegistrationFactory(person=member, event__title_lt="Klasterių seminaras")
    client.force_login(member)
    ticket = client.get(reverse("events:ticket", args=[registration.pk])).content.decode()
    ics_url = reverse("events:event_ics", args=[registration.event.slug])
    assert f'href="{ics_url}"' in ticket
    response = client.get(ics_url)
    assert response["Content-Type"].startswith("text/calendar")
    body = response.content.decode()
    assert body.count("BEGIN:VEVENT") == 1 and "Klasterių seminaras" in body


def test_a_past_or_cancelled_event_says_what_happened_not_that_registration_is_closed(client):
    ended = timezone.now() - timedelta(days=1)
    held = EventFactory(
        starts_at=ended - timedelta(hours=5), ends_at=ended, status=EventStatus.HELD
    )
    cancelled = EventFactory(status=EventStatus.CANCELLED)
    with translation.override("en"):
        held_page = client.get(reverse("events:detail", args=[held.slug])).content.decode()
        cancelled_page = client.get(
            reverse("events:detail", args=[cancelled.slug])
        ).content.decode()
    assert "This event has taken place." in held_page
    assert "This event was cancelled." in cancelled_page
    assert "Registration is not open." not in held_page + cancelled_page


def test_the_ticket_shows_a_yes_or_no_answer_in_the_readers_language(client, member):
    """Answered "yes" through the form, it reads "Taip" (Lithuanian), "Ja"
    (Norwegian) and "Yes" on the ticket and is chosen again in the edit form."""
    question = EventQuestionFactory(kind=QuestionKind.YES_NO, required=True)
    event = question.event
    client.force_login(member)
    register = reverse("events:register", kwargs={"slug": event.slug})
    client.post(register, {question.field_name: "yes"})
    registration = Registration.objects.get(event=event, person=member)
    assert registration.answers == {str(question.pk): "yes"}
    for language, shown in [("lt", "Taip"), ("nb", "Ja"), ("en", "Yes")]:
        with translation.override(language):
            ticket = client.get(reverse("events:ticket", kwargs={"pk": registration.pk}))
        assert f"<dd>{shown}</dd>" in ticket.content.decode(), language
    edit = client.get(reverse("events:answers_edit", kwargs={"pk": registration.pk}))
    assert re.search(r'value="yes"[^>]*checked', edit.content.decode())


def test_an_event_marked_held_says_it_took_place_not_that_registration_is_closed(client):
    event = EventFactory(status=EventStatus.HELD)  # marked held on its last day
    assert not event.is_past
    with translation.override("en"):
        body = client.get(reverse("events:detail", kwargs={"slug": event.slug})).content.decode()
    assert "This event has taken place." in body
    assert "Registration is not open." not in body
