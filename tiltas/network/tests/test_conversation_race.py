"""Races on one conversation, each side on its own database connection: two
replies at once are both kept and counted; one person added twice at once is
added once."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from tiltas.accounts.tests.factories import UserFactory
from tiltas.network.models import Conversation
from tiltas.network.services import conversations as services

from .conversation_helpers import at_once


@pytest.mark.django_db(transaction=True)
def test_two_replies_at_once_are_both_kept_and_counted():
    month_ago = timezone.now() - timedelta(days=30)  # past the first-day limits
    ona, jonas, rasa = (UserFactory(date_joined=month_ago) for _ in range(3))
    conversation = services.conversation_start(person=ona, others=[jonas, rasa], body="Labas")

    def reply(person):
        services.message_send(conversation=conversation, person=person, body="Atsakau")

    assert at_once(reply, [jonas, rasa]) == []
    conversation = Conversation.objects.get(pk=conversation.pk)
    assert conversation.message_count == 3
    assert conversation.messages.count() == 3
    assert conversation.last_message_at == conversation.messages.latest("created_at").created_at


@pytest.mark.django_db(transaction=True)
def test_adding_the_same_person_twice_at_once_adds_them_once():
    ona, jonas, petras = (UserFactory() for _ in range(3))
    conversation = Conversation.objects.create(started_by=ona, is_group=True)
    conversation.participants.create(person=ona)
    conversation.participants.create(person=jonas)

    def add(actor):
        services.participant_add(conversation=conversation, actor=actor, person=petras)

    refused = at_once(add, [ona, jonas])
    assert len(refused) == 1 and isinstance(refused[0], ValidationError)
    assert refused[0].code == "twice"
    assert conversation.participants.filter(person=petras).count() == 1
