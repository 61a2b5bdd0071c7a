"""Blocking a person: no conversations with them, no @mention or reply
notifications from them; the database keeps one block per pair."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from conftest import client_for
from tiltas.network.models import Block, Conversation, Message
from tiltas.network.services import blocks, posts
from tiltas.network.services import conversations as services
from tiltas.notifications.models import Notification

from .cluster_factories import ClusterFactory, MembershipFactory
from .conversation_helpers import url

pytestmark = pytest.mark.django_db


def test_a_member_blocks_and_unblocks_from_the_profile_page(client, ona, jonas):
    client.force_login(ona)
    page = client.get(url("person", jonas.pk)).content.decode()
    assert "Send a message" in page
    response = client.post(url("person_block", jonas.pk), {"action": "block"})
    assert response["Location"] == url("person", jonas.pk)
    page = client.get(url("person", jonas.pk)).content.decode()
    assert "You blocked this person" in page
    assert "Send a message" not in page
    settings_page = client.get(url("profile_settings")).content.decode()
    assert "Jonas Jonaitis" in settings_page
    response = client.post(url("person_block", jonas.pk), {"action": "unblock", "next": "settings"})
    assert response["Location"] == url("profile_settings")
    assert not Block.objects.exists()
    assert "You have not blocked anyone" in client.get(url("profile_settings")).content.decode()


def test_blocking_twice_keeps_one_block_and_the_database_refuses_a_second(ona, jonas):
    blocks.block(blocker=ona, blocked=jonas)
    blocks.block(blocker=ona, blocked=jonas)
    assert Block.objects.count() == 1
    with pytest.raises(IntegrityError), transaction.atomic():
        Block.objects.create(blocker=ona, blocked=jonas)
    with pytest.raises(IntegrityError), transaction.atomic():
        Block.objects.create(blocker=ona, blocked=ona)
    with pytest.raises(ValidationError):
        blocks.block(blocker=ona, blocked=ona)


def test_a_blocked_person_cannot_start_a_conversation_with_the_blocker(client, ona, jonas):
    blocks.block(blocker=ona, blocked=jonas)
    client.force_login(jonas)
    response = client.post(
        url("conversation_create"), {"people": "@ona-petraitiene", "body": "Kodėl?"}
    )
    page = response.content.decode()
    assert response.status_code == 400
    assert "You cannot message this person: Ona Petraitienė." in page
    assert "block" not in page.split("<main", 1)[1].lower()  # no more than that
    assert "Kodėl?" in page
    assert not Conversation.objects.exists()
    with pytest.raises(ValidationError):  # nor the other way round
        services.conversation_start(person=ona, others=[jonas], body="Labas")


def test_a_blocked_person_cannot_add_the_blocker_to_a_group(ona, jonas, person):
    rasa = person("Rasa Rasaitė")
    group = services.conversation_start(person=jonas, others=[rasa, person("Petras")], body="?")
    blocks.block(blocker=ona, blocked=jonas)
    client = client_for(jonas)
    response = client.post(url("conversation_add", group.pk), {"person": "@ona-petraitiene"})
    assert "You cannot message this person" in response.content.decode()
    assert not group.participants.filter(person=ona).exists()
    services.participant_add(conversation=group, actor=rasa, person=ona)  # others may


def test_after_a_block_a_conversation_of_two_takes_no_more_messages(ona, jonas):
    conversation = services.conversation_start(person=jonas, others=[ona], body="Labas")
    blocks.block(blocker=ona, blocked=jonas)
    with pytest.raises(ValidationError) as refused:
        services.message_send(conversation=conversation, person=jonas, body="Ei")
    assert refused.value.code == "blocked"
    blocks.unblock(blocker=ona, blocked=jonas)
    services.message_send(conversation=conversation, person=jonas, body="Ei")
    assert Message.objects.count() == 2


def test_in_a_group_the_blocker_hears_nothing_of_the_blocked_person(ona, jonas, person):
    rasa = person("Rasa Rasaitė")
    group = services.conversation_start(person=rasa, others=[ona, jonas], body="Sveiki")
    blocks.block(blocker=ona, blocked=jonas)
    services.message_send(conversation=group, person=jonas, body="Aš čia")
    assert Notification.objects.filter(recipient=rasa).count() == 1
    assert Notification.objects.filter(recipient=ona).count() == 1  # Rasa's, not Jonas's


def test_the_blocker_gets_no_mention_or_reply_notifications_from_the_blocked(ona, jonas):
    cluster = ClusterFactory()
    for someone in (ona, jonas):
        MembershipFactory(cluster=cluster, person=someone)
    thread = posts.thread_create(cluster=cluster, person=ona, title="Klausimas", body="?")
    blocks.block(blocker=ona, blocked=jonas)
    posts.post_create(thread=thread, person=jonas, body="@ona-petraitiene, žiūrėk")
    assert not Notification.objects.filter(recipient=ona).exists()
    blocks.unblock(blocker=ona, blocked=jonas)
    posts.post_create(thread=thread, person=jonas, body="@ona-petraitiene, dar kartą")
    assert Notification.objects.get(recipient=ona).kind == "network.mention"


def test_blocking_is_signed_in_and_post_only(client, jonas, ona):
    assert client.post(url("person_block", jonas.pk), {"action": "block"}).status_code == 302
    assert not Block.objects.exists()
    client.force_login(ona)
    assert client.get(url("person_block", jonas.pk)).status_code == 405
    assert client.post(url("person_block", 999999), {"action": "block"}).status_code == 404
