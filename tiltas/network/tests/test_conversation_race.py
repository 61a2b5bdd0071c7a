"""Two replies to one conversation at the same moment, each on its own
database connection: both are kept and counted."""

import threading

import pytest
from django.db import connections

from tiltas.accounts.tests.factories import UserFactory
from tiltas.network.models import Conversation
from tiltas.network.services import conversations as services


@pytest.mark.django_db(transaction=True)
def test_two_replies_at_once_are_both_kept_and_counted():
    ona, jonas, rasa = UserFactory(), UserFactory(), UserFactory()
    for someone in (ona, jonas, rasa):
        someone.date_joined = someone.date_joined.replace(year=2020)
        someone.save(update_fields=["date_joined"])
    conversation = services.conversation_start(person=ona, others=[jonas, rasa], body="Labas")
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def reply(person):
        try:
            start.wait()
            services.message_send(conversation=conversation, person=person, body="Atsakau")
        except BaseException as exc:
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=reply, args=(p,)) for p in (jonas, rasa)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    conversation = Conversation.objects.get(pk=conversation.pk)
    assert conversation.message_count == 3
    assert conversation.messages.count() == 3
    assert conversation.last_message_at == conversation.messages.latest("created_at").created_at


@pytest.mark.django_db(transaction=True)
def test_adding_the_same_person_twice_at_once_adds_them_once():
    from django.core.exceptions import ValidationError

    ona, jonas, rasa, petras = (UserFactory() for _ in range(4))
    conversation = Conversation.objects.create(started_by=ona, is_group=True)
    conversation.participants.create(person=ona)
    conversation.participants.create(person=jonas)
    start = threading.Barrier(2)
    refused: list[BaseException] = []

    def add(actor):
        try:
            start.wait()
            services.participant_add(conversation=conversation, actor=actor, person=petras)
        except ValidationError as exc:
            refused.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=add, args=(p,)) for p in (ona, jonas)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert len(refused) == 1
    assert conversation.participants.filter(person=petras).count() == 1
    assert rasa.conversation_places.count() == 0
