"""Private conversations: starting, reading, unread counts, groups, leaving,
limits, and what the pages show."""

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.utils import timezone

from conftest import client_for
from tiltas.network.models import MESSAGE_MAX_LENGTH, Conversation, Message, Participant
from tiltas.network.selectors import conversations as selectors
from tiltas.network.services import conversations as services
from tiltas.notifications.models import Notification
from tiltas.notifications.services import preference_set

from .conversation_helpers import url

pytestmark = pytest.mark.django_db


def test_a_member_starts_a_conversation_by_handle_and_the_other_sees_it_unread(client, ona, jonas):
    client.force_login(ona)
    response = client.post(
        url("conversation_create"),
        {"people": "@jonas-jonaitis", "body": "**Labas**, Jonai <script>alert(1)</script>"},
    )
    conversation = Conversation.objects.get()
    assert response["Location"] == url("conversation", conversation.pk)
    assert not conversation.is_group
    page = client.get(response["Location"]).content.decode()
    assert "<strong>Labas</strong>" in page
    assert "<script>alert(1)" not in page
    assert selectors.unread_conversations(ona) == 0
    assert selectors.unread_conversations(jonas) == 1
    header = client_for(jonas).get(url("conversations")).content.decode()
    assert "1 conversation with unread messages" in header
    assert "1 unread message" in header
    assert Notification.objects.get(recipient=jonas).kind == "network.message"


def test_unknown_and_missing_handles_are_explained_and_the_text_kept(client, ona):
    client.force_login(ona)
    response = client.post(
        url("conversation_create"), {"people": "@nobody-here", "body": "Mano tekstas"}
    )
    page = response.content.decode()
    assert response.status_code == 400
    assert "Nobody has the handle @nobody-here." in page
    assert "Mano tekstas" in page
    assert not Conversation.objects.exists()


def test_the_profile_link_fills_in_the_person(client, ona, jonas):
    client.force_login(ona)
    page = client.get(url("conversation_create") + f"?to={jonas.pk}").content.decode()
    assert 'value="@jonas-jonaitis"' in page


def test_two_people_with_one_handle_are_told_apart_by_the_profile_link(client, ona, person):
    first, second = person("Jonas Jonaitis"), person("Jonas Jonaitis")
    client.force_login(ona)
    response = client.post(url("conversation_create"), {"people": "@jonas-jonaitis", "body": "?"})
    assert "More than one person has the handle @jonas-jonaitis" in response.content.decode()
    client.post(
        url("conversation_create") + f"?to={second.pk}",
        {"people": "@jonas-jonaitis", "body": "Labas"},
    )
    place = Participant.objects.exclude(person=ona).get()
    assert place.person == second != first


def test_reading_marks_read_and_replies_make_it_unread_again(ona, jonas):
    conversation = services.conversation_start(person=ona, others=[jonas], body="Pirma")
    services.message_send(conversation=conversation, person=ona, body="Antra")
    place = selectors.conversations_of(jonas).get()
    assert place.unread == 2
    services.conversation_read(conversation=conversation, person=jonas)
    assert selectors.conversations_of(jonas).get().unread == 0
    assert selectors.unread_conversations(jonas) == 0
    services.message_send(conversation=conversation, person=jonas, body="Atsakau")
    assert selectors.unread_conversations(ona) == 1
    assert selectors.conversations_of(jonas).get().unread == 0  # one's own are never unread


def test_the_header_count_is_one_query_then_kept_until_a_message(
    ona, jonas, django_assert_num_queries
):
    conversation = services.conversation_start(person=ona, others=[jonas], body="Labas")
    with django_assert_num_queries(1):
        assert selectors.unread_conversations(jonas) == 1
    with django_assert_num_queries(0):
        assert selectors.unread_conversations(jonas) == 1
    services.conversation_read(conversation=conversation, person=jonas)
    assert selectors.unread_conversations(jonas) == 0
    services.message_send(conversation=conversation, person=ona, body="Dar vienas")
    assert selectors.unread_conversations(jonas) == 1


def test_the_header_shows_both_counts_with_no_query_on_a_warm_cache(
    ona, jonas, django_assert_max_num_queries
):
    services.conversation_start(person=ona, others=[jonas], body="Labas")
    client = client_for(jonas)
    page = client.get(url("people")).content.decode()
    assert "1 conversation with unread messages" in page
    assert "1 unread</span>" in page  # the notification of the message
    with django_assert_max_num_queries(100) as warm:
        client.get(url("people"))
    assert not [q for q in warm.captured_queries if "network_participant" in q["sql"]]


def test_the_list_shows_unread_conversations_first(ona, jonas, person):
    rasa = person("Rasa Rasaitė")
    older = services.conversation_start(person=jonas, others=[ona], body="Senas")
    newer = services.conversation_start(person=ona, others=[rasa], body="Naujas")
    order = [place.conversation_id for place in selectors.conversations_of(ona)]
    assert order == [older.pk, newer.pk]  # unread first, though older
    services.conversation_read(conversation=older, person=ona)
    order = [place.conversation_id for place in selectors.conversations_of(ona)]
    assert order == [newer.pk, older.pk]


def test_a_conversation_is_404_for_everyone_else_administrators_included(
    ona, jonas, person, make_user
):
    conversation = services.conversation_start(person=ona, others=[jonas], body="Privatu")
    for outsider in (person("Rasa Rasaitė"), make_user(role="administrator", is_superuser=True)):
        client = client_for(outsider)
        for name in ("conversation", "conversation_reply", "conversation_add"):
            assert client.get(url(name, conversation.pk)).status_code == 404
        assert (
            client.post(url("conversation_reply", conversation.pk), {"body": "x"}).status_code
            == 404
        )
        assert client.post(url("conversation_leave", conversation.pk)).status_code == 404
    assert client_for(None).get(url("conversation", conversation.pk)).status_code == 302
    assert Message.objects.count() == 1


def test_a_reply_from_the_page(client, ona, jonas):
    conversation = services.conversation_start(person=ona, others=[jonas], body="Labas")
    client.force_login(jonas)
    response = client.post(url("conversation_reply", conversation.pk), {"body": "Sveika"})
    assert response["Location"] == url("conversation", conversation.pk)
    assert "Sveika" in client.get(response["Location"]).content.decode()
    conversation.refresh_from_db()
    assert conversation.message_count == 2


def test_an_oversized_message_is_explained_and_the_text_kept(client, ona, jonas):
    conversation = services.conversation_start(person=ona, others=[jonas], body="Labas")
    client.force_login(jonas)
    text = "ž" * (MESSAGE_MAX_LENGTH + 1)
    response = client.post(url("conversation_reply", conversation.pk), {"body": text})
    page = response.content.decode()
    assert response.status_code == 400
    assert f"A message can be at most {MESSAGE_MAX_LENGTH} characters long" in page
    assert text in page
    assert Message.objects.count() == 1


def test_the_newest_page_opens_first_thirty_a_page(client, ona, jonas):
    conversation = services.conversation_start(person=ona, others=[jonas], body="Žinutė 0")
    start = timezone.now()
    Message.objects.bulk_create(
        Message(
            conversation=conversation,
            author=ona,
            body=f"Žinutė {n}",
            created_at=start + timezone.timedelta(seconds=n),
        )
        for n in range(1, 60)
    )
    Conversation.objects.filter(pk=conversation.pk).update(message_count=60)
    client.force_login(jonas)
    page = client.get(url("conversation", conversation.pk)).content.decode()
    assert "Žinutė 59<" in page and "Žinutė 30<" in page and "Žinutė 29<" not in page
    assert "Page 2 of 2" in page
    first = client.get(url("conversation", conversation.pk) + "?page=1").content.decode()
    assert "Žinutė 0<" in first and "Žinutė 29<" in first and "Žinutė 30<" not in first


@pytest.mark.parametrize("times", [1, 10])
def test_the_list_and_a_conversation_have_a_query_budget(
    client, ona, person, times, django_assert_max_num_queries
):
    for n in range(times):
        other = person(f"Asmuo {n}")
        conversation = services.conversation_start(
            person=other, others=[ona, person(f"Trečias {n}")], body="Labas"
        )
        for m in range(times):
            services.message_send(conversation=conversation, person=other, body=f"Nr. {m}")
    client.force_login(ona)
    with django_assert_max_num_queries(14):
        page = client.get(url("conversations")).content.decode()
    assert page.count("unread messages</strong>") == times
    with django_assert_max_num_queries(18):
        assert client.get(url("conversation", conversation.pk)).status_code == 200


def test_a_group_takes_more_people_up_to_ten_and_a_pair_takes_nobody(client, ona, jonas, person):
    pair = services.conversation_start(person=ona, others=[jonas], body="Dviese")
    client.force_login(ona)
    assert client.get(url("conversation_add", pair.pk)).status_code == 404
    group = services.conversation_start(
        person=ona, others=[jonas, person("Rasa Rasaitė")], body="Grupė"
    )
    assert group.is_group
    response = client.post(url("conversation_add", group.pk), {"person": "@petras-petraitis"})
    assert "Nobody has the handle @petras-petraitis." in response.content.decode()
    petras = person("Petras Petraitis")
    client.post(url("conversation_add", group.pk), {"person": "@petras-petraitis"})
    assert Participant.objects.filter(conversation=group, person=petras).exists()
    response = client.post(url("conversation_add", group.pk), {"person": "@petras-petraitis"})
    assert "Petras Petraitis is already in this conversation." in response.content.decode()
    for n in range(6):
        services.participant_add(conversation=group, actor=ona, person=person(f"Narys {n}"))
    with pytest.raises(ValidationError) as refused:
        services.participant_add(conversation=group, actor=ona, person=person("Vienuoliktas"))
    assert refused.value.code == "full"


def test_at_most_nine_others(ona, person):
    with pytest.raises(ValidationError):
        services.conversation_start(
            person=ona, others=[person(f"Asmuo {n}") for n in range(10)], body="Per daug"
        )
    assert not Conversation.objects.exists()


def test_leaving_ends_one_s_access_and_the_last_takes_the_conversation(client, ona, jonas):
    conversation = services.conversation_start(person=ona, others=[jonas], body="Labas")
    client.force_login(jonas)
    assert client.post(url("conversation_leave", conversation.pk))["Location"] == url(
        "conversations"
    )
    assert client.get(url("conversation", conversation.pk)).status_code == 404
    assert Message.objects.count() == 1
    services.conversation_leave(conversation=conversation, person=ona)
    assert not Conversation.objects.exists()
    assert not Message.objects.exists()


def test_a_left_conversation_s_notification_is_no_longer_shown(client, ona, jonas):
    conversation = services.conversation_start(person=ona, others=[jonas], body="Labas")
    client.force_login(jonas)
    assert (
        "wrote to you in a private conversation"
        in client.get("/en/notifications/").content.decode()
    )
    services.conversation_leave(conversation=conversation, person=jonas)
    assert "wrote to you" not in client.get("/en/notifications/").content.decode()


def test_a_message_is_mailed_to_whom_asked_for_it_at_once(
    ona, jonas, mailoutbox, django_capture_on_commit_callbacks
):
    preference_set(person=jonas, delivery="immediately")
    with django_capture_on_commit_callbacks(execute=True):
        services.conversation_start(person=ona, others=[jonas], body="Labas")
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == [jonas.email]
    assert "Ona Petraitienė" in mailoutbox[0].body
    assert "Labas" not in mailoutbox[0].body  # the message itself stays on the site


def test_new_members_write_without_links_and_a_few_times_an_hour(person, jonas):
    newcomer = person("Naujokas Naujokaitis", date_joined=timezone.now())
    with pytest.raises(ValidationError) as refused:
        services.conversation_start(person=newcomer, others=[jonas], body="https://spam.example")
    assert refused.value.code == "links"
    conversation = services.conversation_start(person=newcomer, others=[jonas], body="Labas")
    services.message_send(conversation=conversation, person=newcomer, body="Du")
    services.message_send(conversation=conversation, person=newcomer, body="Trys")
    with pytest.raises(ValidationError) as refused:
        services.message_send(conversation=conversation, person=newcomer, body="Keturi")
    assert refused.value.code == "first_day"


def test_a_flood_of_messages_gets_429(client, ona, jonas):
    conversation = services.conversation_start(person=ona, others=[jonas], body="Labas")
    client.force_login(jonas)
    # A still clock: under load the requests could outlast the minute's window.
    with time_machine.travel(timezone.now(), tick=False):
        answers = [
            client.post(
                url("conversation_reply", conversation.pk), {"body": f"Nr. {n}"}
            ).status_code
            for n in range(8)
        ]
    assert answers[-1] == 429
    assert Message.objects.filter(author=jonas).count() < 8


def test_erasure_keeps_messages_as_former_member_and_export_has_one_s_own(client, ona, jonas):
    from tiltas.network.personal_data.conversations import CONVERSATIONS

    conversation = services.conversation_start(person=ona, others=[jonas], body="Ona rašo")
    services.message_send(conversation=conversation, person=jonas, body="Jonas atsako")
    exported = CONVERSATIONS.export(ona)
    assert [m["text"] for m in exported["messages_written"]] == ["Ona rašo"]
    assert exported["conversations"][0]["conversation"] == conversation.pk
    CONVERSATIONS.erase(ona)
    assert Message.objects.get(body="Ona rašo").author is None
    assert not Participant.objects.filter(person=ona).exists()
    client.force_login(jonas)
    page = client.get(url("conversation", conversation.pk)).content.decode()
    assert "Former member" in page and "Ona rašo" in page
