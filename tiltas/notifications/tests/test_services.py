import pytest
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from tiltas.core.platform import PlatformApp
from tiltas.notifications import selectors, services
from tiltas.notifications.kinds import NotificationKind
from tiltas.notifications.models import Notification
from tiltas.notifications.personal_data import NOTIFICATIONS

from .kinds import SAID, SECRET

pytestmark = pytest.mark.django_db


def test_notify_stores_one_row_per_recipient_never_the_actor(member, trainer, coordinator):
    made = services.notify(
        recipients=[member, trainer, member, coordinator],
        kind=SAID.key,
        actor=coordinator,
        url="/somewhere/",
        params={"who": "Ona", "what": "hello"},
    )
    assert sorted(row.recipient_id for row in made) == sorted([member.pk, trainer.pk])
    row = Notification.objects.get(recipient=member)
    assert (row.kind, row.params, row.url, row.actor) == (
        SAID.key,
        {"who": "Ona", "what": "hello"},
        "/somewhere/",
        coordinator,
    )


def test_an_unknown_kind_is_refused(member):
    with pytest.raises(services.UnknownKind):
        services.notify(recipients=[member], kind="nobody.registers.this")
    assert not Notification.objects.exists()


def test_an_inactive_person_is_not_notified(make_user):
    gone = make_user(is_active=False)
    assert services.notify(recipients=[gone], kind=SAID.key, params={"who": "a", "what": "b"}) == []


def test_unread_count_follows_writes_and_is_cached(member, django_assert_num_queries):
    assert selectors.unread_count(member) == 0
    services.notify(recipients=[member], kind=SAID.key, params={"who": "a", "what": "b"})
    services.notify(recipients=[member], kind=SAID.key, params={"who": "c", "what": "d"})
    assert selectors.unread_count(member) == 2
    with django_assert_num_queries(0):
        assert selectors.unread_count(member) == 2
    first = Notification.objects.filter(recipient=member).last()
    assert services.mark_read(member, [first.pk]) == 1
    assert selectors.unread_count(member) == 1
    assert services.mark_all_read(member) == 1
    assert selectors.unread_count(member) == 0


def test_nobody_marks_another_persons_notifications_read(member, trainer):
    (row,) = services.notify(recipients=[trainer], kind=SAID.key, params={"who": "a", "what": "b"})
    assert services.mark_read(member, [row.pk]) == 0
    row.refresh_from_db()
    assert row.read_at is None


def test_shown_renders_text_and_leaves_out_what_the_reader_may_no_longer_see(member, trainer):
    services.notify(
        recipients=[member, trainer], kind=SECRET.key, params={"what": "x", "allowed": [member.pk]}
    )
    services.notify(recipients=[trainer], kind=SAID.key, params={"who": "Ona", "what": "hi"})
    mine = selectors.shown(member, list(selectors.for_recipient(member)))
    assert [row.text for row in mine] == ["secret x"]
    theirs = selectors.shown(trainer, list(selectors.for_recipient(trainer)))
    assert [row.text for row in theirs] == ["Ona said hi"]


def test_a_notification_reads_in_the_readers_language(member):
    kind = NotificationKind(key="test.lang", label=_("Notifications"), message=_("Notifications"))
    assert kind.render({}) != ""
    with translation.override("lt"):
        lt = kind.render({})
    with translation.override("en"):
        en = kind.render({})
    assert en == "Notifications"
    assert lt != en


def test_missing_parameters_fall_back_to_the_label():
    with translation.override("en"):
        assert SAID.render({"who": "Ona"}) == "Notifications"


def test_personal_data_exports_and_erases_a_persons_notifications(member, trainer):
    services.notify(
        recipients=[member], kind=SAID.key, actor=trainer, params={"who": "a", "what": "b"}
    )
    services.notify(
        recipients=[trainer], kind=SAID.key, actor=member, params={"who": "a", "what": "b"}
    )
    (exported,) = NOTIFICATIONS.export(member)
    assert exported["kind"] == SAID.key and exported["read_at"] is None
    assert exported["emailed_at"] is None
    NOTIFICATIONS.erase(member)
    assert not Notification.objects.filter(recipient=member).exists()
    assert Notification.objects.get(recipient=trainer).actor is None


def test_the_platform_declares_notification_kinds():
    assert PlatformApp.notification_kinds == ()
