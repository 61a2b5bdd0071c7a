"""Thirty people register at the same moment for ten places, each on its own
database connection: exactly ten get a place, twenty wait, nothing fails."""

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
