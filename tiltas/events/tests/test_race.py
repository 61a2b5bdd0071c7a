"""Thirty people register at the same moment for ten places, each on its own
database connection: exactly ten get a place, twenty wait, nothing fails."""

import contextlib
import threading

import pytest
from django.db import connection, connections

from tiltas.accounts.tests.factories import UserFactory
from tiltas.events import services
from tiltas.events.models import Registration, RegistrationStatus

from .factories import EventFactory

PEOPLE = 30
PLACES = 10


@pytest.mark.django_db(transaction=True)
def test_thirty_parallel_registrations_for_ten_places():
    event = EventFactory(capacity=PLACES)
    people = [UserFactory() for _ in range(PEOPLE)]
    start = threading.Barrier(PEOPLE)
    errors: list[BaseException] = []

    def sign_up(person):
        try:
            start.wait()
            services.registration_create(event=event, person=person, answers={})
        except BaseException as exc:
            errors.append(exc)
        finally:
            connections.close_all()  # this thread's own connection

    threads = [threading.Thread(target=sign_up, args=(person,)) for person in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    statuses = list(Registration.objects.filter(event=event).values_list("status", flat=True))
    assert statuses.count(RegistrationStatus.CONFIRMED) == PLACES
    assert statuses.count(RegistrationStatus.WAITING) == PEOPLE - PLACES
    positions = sorted(
        Registration.objects.filter(event=event, status=RegistrationStatus.WAITING).values_list(
            "position", flat=True
        )
    )
    assert positions == list(range(1, PEOPLE - PLACES + 1))
    assert connection.vendor in {"postgresql", "sqlite"}


@pytest.mark.django_db(transaction=True)
def test_opposite_moves_at_the_same_time_do_not_deadlock(monkeypatch, settings):
    """One participant moves A→B while another moves B→A. Each thread waits, just
    before adding to its target, until the other has started too: had each
    locked only its source event first, both would now wait for each other's
    lock (PostgreSQL then kills one with a deadlock error). Locking both events
    up front, lowest id first, makes the second move wait for the first."""
    from tiltas.events.services import registrations as module

    # Pages kept per scope, as in production: no version row serialises the moves.
    settings.PAGE_CACHE = True

    first_event, second_event = EventFactory(capacity=5), EventFactory(capacity=5)
    coordinator = UserFactory(role="coordinator")
    going = services.registration_add(event=first_event, person=UserFactory(), actor=coordinator)
    coming = services.registration_add(event=second_event, person=UserFactory(), actor=coordinator)
    both_started = threading.Barrier(2)
    original_add = module.registration_add

    def add_when_both_started(**kwargs):
        # A broken barrier means the other move waits for our locks: as it should.
        with contextlib.suppress(threading.BrokenBarrierError):
            both_started.wait(timeout=3)
        return original_add(**kwargs)

    monkeypatch.setattr(module, "registration_add", add_when_both_started)
    errors: list[BaseException] = []

    def move(registration, target):
        try:
            services.registration_move(registration=registration, target=target, actor=coordinator)
        except BaseException as exc:
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=move, args=(going, second_event)),
        threading.Thread(target=move, args=(coming, first_event)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    confirmed = Registration.objects.filter(status=RegistrationStatus.CONFIRMED)
    assert set(confirmed.values_list("person_id", "event_id")) == {
        (going.person_id, second_event.pk),
        (coming.person_id, first_event.pk),
    }
