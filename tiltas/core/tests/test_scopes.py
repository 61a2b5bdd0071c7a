"""What a write changes: the scopes the app declares for its rows, on commit."""

import pytest

from tiltas.core import scopes
from tiltas.core.scopes import rows_changed, versions
from tiltas.events.models import Registration
from tiltas.events.tests.factories import EventFactory, RegistrationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh(shared_cache):
    """Every version read from the cache, not from this worker's memory."""


def current(*names: str) -> dict[str, str]:
    scopes.forget_local()
    return versions(names)


def test_a_registration_changes_its_event_and_the_lists_of_events_only(
    django_capture_on_commit_callbacks,
):
    event, other = EventFactory(), EventFactory()
    names = (f"events.event:{event.pk}", f"events.event:{other.pk}", "events.event:*", "site")
    before = current(*names)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        RegistrationFactory(event=event)
    assert current(*names) == before  # nothing before the commit
    for callback in callbacks:
        callback()
    after = current(*names)
    changed = {name for name in names if after[name] != before[name]}
    assert changed == {f"events.event:{event.pk}", "events.event:*"}


def test_rows_changed_covers_writes_that_send_no_signals(django_capture_on_commit_callbacks):
    registration = RegistrationFactory()
    scope = f"events.event:{registration.event_id}"
    before = current(scope)
    with django_capture_on_commit_callbacks(execute=True):
        Registration.objects.filter(pk=registration.pk).update(answers={"a": 1})  # no signal
    assert current(scope) == before
    with django_capture_on_commit_callbacks(execute=True):
        rows_changed(Registration, [registration])
    assert current(scope) != before


def test_a_named_scope_changes_with_the_rows_that_feed_it(django_capture_on_commit_callbacks):
    from tiltas.portal.tests.factories import ThemeFactory

    before = current("site")
    with django_capture_on_commit_callbacks(execute=True):
        ThemeFactory()
    assert current("site") != before
