"""E-mail delivery: at once, in daily and weekly digests, each notification once."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from tiltas.notifications import digests, services, tasks
from tiltas.notifications.digests import _claim, send_due_digests
from tiltas.notifications.kinds import Delivery
from tiltas.notifications.models import DeliveryPreference, Notification
from tiltas.notifications.personal_data import PREFERENCES

from .kinds import SAID, SECRET, TRANSLATED

pytestmark = pytest.mark.django_db

START = "2026-12-01 09:00+02:00"


@pytest.fixture
def clock(time_machine):
    time_machine.move_to(START, tick=False)
    return time_machine


def _tell(people, capture, what="hello", kind=SAID.key, **extra):
    with capture(execute=True):
        return services.notify(
            recipients=people,
            kind=kind,
            url="/lt/events/",
            params={"who": "Ona", "what": what, **extra},
        )


def _prefer(person, delivery, **by_kind):
    return services.preference_set(person=person, delivery=delivery, by_kind=by_kind)


def test_immediately_sends_one_e_mail_per_notification(
    member, clock, django_capture_on_commit_callbacks
):
    _prefer(member, Delivery.IMMEDIATELY)
    _tell([member], django_capture_on_commit_callbacks, "first")
    _tell([member], django_capture_on_commit_callbacks, "second")
    assert [m.to for m in mail.outbox] == [[member.email], [member.email]]
    first = mail.outbox[0]
    assert "Ona said first" in first.subject and "Ona said first" in first.body
    assert "/lt/events/" in first.body
    unsubscribe = first.extra_headers["List-Unsubscribe"]
    assert unsubscribe.startswith("<http") and "/lt/notifications/unsubscribe/" in unsubscribe
    assert first.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert unsubscribe.strip("<>") in first.body
    assert Notification.objects.filter(emailed_at__isnull=True).count() == 0
    # Mailed once: neither the task again nor the digest sends it twice.
    for row in Notification.objects.all():
        assert tasks.send_notification_email.call(row.pk) is False
    clock.shift(timedelta(days=2))
    assert send_due_digests() == 0
    assert len(mail.outbox) == 2


def test_a_notification_read_before_the_worker_comes_is_not_mailed(
    member, django_capture_on_commit_callbacks
):
    _prefer(member, Delivery.IMMEDIATELY)
    (row,) = services.notify(recipients=[member], kind=SAID.key, params={"who": "a", "what": "b"})
    services.mark_read(member, [row.pk])
    assert tasks.send_notification_email.call(row.pk) is False
    assert mail.outbox == []


def test_per_kind_choice_wins_over_the_general_one(member, django_capture_on_commit_callbacks):
    _prefer(member, Delivery.DAILY, **{SAID.key: Delivery.IMMEDIATELY})
    _tell([member], django_capture_on_commit_callbacks)
    _tell([member], django_capture_on_commit_callbacks, kind=SECRET.key, allowed=[member.pk])
    assert len(mail.outbox) == 1
    assert "Ona said hello" in mail.outbox[0].body


def test_the_daily_digest_is_the_default_and_comes_a_day_later(
    member, clock, django_capture_on_commit_callbacks
):
    _tell([member], django_capture_on_commit_callbacks, "first")
    clock.shift(timedelta(hours=3))
    _tell([member], django_capture_on_commit_callbacks, "second")
    assert mail.outbox == []  # nobody chose to be told at once
    assert send_due_digests() == 0  # not a day yet
    clock.shift(timedelta(hours=21))
    assert send_due_digests() == 1
    (digest,) = mail.outbox
    assert digest.to == [member.email]
    assert "2" in digest.subject
    assert digest.body.index("Ona said first") < digest.body.index("Ona said second")
    assert digest.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    # Nothing twice: the next run, and the next day, find nothing new.
    assert send_due_digests() == 0
    clock.shift(timedelta(days=1))
    assert send_due_digests() == 0
    # Something new goes in the next digest, a day after the last one.
    _tell([member], django_capture_on_commit_callbacks, "third")
    assert send_due_digests() == 1
    assert "Ona said third" in mail.outbox[1].body
    assert "Ona said first" not in mail.outbox[1].body


def test_the_weekly_digest_waits_a_week(member, clock, django_capture_on_commit_callbacks):
    _prefer(member, Delivery.WEEKLY)
    _tell([member], django_capture_on_commit_callbacks)
    clock.shift(timedelta(days=6))
    assert send_due_digests() == 0
    clock.shift(timedelta(days=1))
    assert send_due_digests() == 1
    assert len(mail.outbox) == 1
    clock.shift(timedelta(days=3))
    _tell([member], django_capture_on_commit_callbacks, "later")
    clock.shift(timedelta(days=1))
    assert send_due_digests() == 0  # four days since the last digest
    clock.shift(timedelta(days=3))
    assert send_due_digests() == 1


def test_the_digest_reads_in_the_recipients_language(
    make_user, clock, django_capture_on_commit_callbacks
):
    norwegian = make_user(preferred_language="nb")
    english = make_user(preferred_language="en")
    _tell([norwegian, english], django_capture_on_commit_callbacks, kind=TRANSLATED.key)
    clock.shift(timedelta(days=1))
    assert send_due_digests() == 2
    by_person = {m.to[0]: m for m in mail.outbox}
    nb, en = by_person[norwegian.email], by_person[english.email]
    assert "Unread" in en.body and "daily digest" in en.subject
    assert "Unread" not in nb.body and "daily digest" not in nb.subject
    assert "/nb/notifications/unsubscribe/" in nb.extra_headers["List-Unsubscribe"]


def test_read_unseeable_and_switched_off_notifications_are_not_in_a_digest(
    member, trainer, clock, django_capture_on_commit_callbacks
):
    (read,) = _tell([member], django_capture_on_commit_callbacks, "already read")
    services.mark_read(member, [read.pk])
    _tell([member], django_capture_on_commit_callbacks, kind=SECRET.key, allowed=[])
    _tell([member], django_capture_on_commit_callbacks, "news")
    _prefer(trainer, Delivery.OFF)
    _tell([trainer], django_capture_on_commit_callbacks, "quiet")
    clock.shift(timedelta(days=1))
    assert send_due_digests() == 1
    (digest,) = mail.outbox
    assert digest.to == [member.email]
    assert "Ona said news" in digest.body
    assert "already read" not in digest.body and "secret" not in digest.body


def test_two_runs_at_once_send_one_digest(member, clock, django_capture_on_commit_callbacks):
    rows = _tell([member], django_capture_on_commit_callbacks)
    clock.shift(timedelta(days=1))
    stale = DeliveryPreference(person=member)  # what both runs read before either claimed
    first = _claim(member, stale, [row.pk for row in rows], timezone.now())
    second = _claim(member, stale, [row.pk for row in rows], timezone.now())
    assert [row.pk for row in first] == [row.pk for row in rows]
    assert second == []


def test_many_people_each_get_their_one_digest_a_batch_at_a_time(
    make_user, clock, monkeypatch, django_capture_on_commit_callbacks
):
    """The job holds one batch of people's notifications at a time, never all
    of them, and still mails each person once, with only their own news."""
    people = make_user.create_batch(23)
    _tell(people, django_capture_on_commit_callbacks, "to all")
    _tell(people[:5], django_capture_on_commit_callbacks, "to a few")
    monkeypatch.setattr(digests, "BATCH", 4)
    held = []
    waiting = digests._waiting
    monkeypatch.setattr(digests, "_waiting", lambda now, ids: held.append(ids) or waiting(now, ids))
    clock.shift(timedelta(days=1))

    assert send_due_digests() == 23

    assert max(len(ids) for ids in held) == 4 and len(held) == 6
    assert sorted(message.to[0] for message in mail.outbox) == sorted(p.email for p in people)
    few = {p.email for p in people[:5]}
    for message in mail.outbox:
        assert ("Ona said to a few" in message.body) == (message.to[0] in few)
    assert not Notification.objects.filter(emailed_at__isnull=True).exists()
    assert send_due_digests() == 0  # the next run, overlapping or not, finds nothing
    assert len(mail.outbox) == 23


def test_personal_data_exports_and_erases_the_e_mail_preference(member):
    _prefer(member, Delivery.WEEKLY)
    (exported,) = PREFERENCES.export(member)
    assert exported["delivery"] == "weekly"
    PREFERENCES.erase(member)
    assert not DeliveryPreference.objects.filter(person=member).exists()


def test_the_demo_gives_demo_people_their_e_mail_choices_once(make_user):
    from tiltas.notifications.demo import load_demo

    trainer = make_user(email="trainer@demo.tiltas.lt")
    coordinator = make_user(email="coordinator@demo.tiltas.lt")
    assert load_demo()
    _prefer(trainer, Delivery.OFF)  # the person changes it; the demo keeps their choice
    assert load_demo() == []
    assert DeliveryPreference.objects.get(person=trainer).delivery == "off"
    assert DeliveryPreference.objects.get(person=coordinator).delivery == "immediately"


def test_the_schedule_runs_the_digests_hourly(member, clock, django_capture_on_commit_callbacks):
    from io import StringIO

    from django.core.management import call_command

    from tiltas.core.contributions import platform_apps

    (job,) = [job for app in platform_apps() for job in app.jobs if job.name.startswith("notif")]
    assert job.every == timedelta(hours=1)
    _tell([member], django_capture_on_commit_callbacks)
    clock.shift(timedelta(days=1))
    out = StringIO()
    call_command(job.command, stdout=out)
    assert "Digests sent: 1" in out.getvalue() and len(mail.outbox) == 1
