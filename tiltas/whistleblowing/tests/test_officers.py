"""Only the integrity officers designated for the receiving organisation read
its cases (WB-1); each access is a CaseEvent the other officers see and an
audit entry without address or content; replies reach the reporter."""

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils.translation import gettext as _

from tiltas.accounts.tests.factories import OrganisationFactory, UserFactory
from tiltas.core.models import AuditEntry
from tiltas.core.roles import Role
from tiltas.whistleblowing.encryption import decrypt_text
from tiltas.whistleblowing.models import CaseEvent, CaseEventKind, Outcome, Status

from .factories import WHAT, case_made, officer_of, png_upload

pytestmark = pytest.mark.django_db


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def made():
    case, _code = case_made(uploads=[png_upload("minutes.png")])
    return case, case.organisation.case_handlers.get().user


def _people(case) -> dict[str, object]:
    other_org = OrganisationFactory()
    return {
        "member": UserFactory(role=Role.MEMBER, organisation=case.organisation),
        "officer of another institution": officer_of(other_org),
        "officer not designated": UserFactory(
            role=Role.INTEGRITY_OFFICER, organisation=case.organisation
        ),
        "coordinator": UserFactory(role=Role.COORDINATOR),
        "administrator": UserFactory(role=Role.ADMINISTRATOR, is_staff=True, is_superuser=True),
        "superuser": UserFactory(role=Role.MEMBER, is_staff=True, is_superuser=True),
    }


def _urls(case) -> list[str]:
    case_file = case.files.get()
    return [
        reverse("whistleblowing:cases"),
        reverse("whistleblowing:case", args=[case.pk]),
        reverse("whistleblowing:case_file", args=[case.pk, case_file.pk]),
    ]


def test_only_the_designated_officers_read_a_case(made):
    case, officer = made
    for url in _urls(case):
        assert _client(officer).get(url).status_code == 200, url
        assert Client().get(url).status_code == 302, url
        for who, person in _people(case).items():
            response = _client(person).get(url)
            if who == "officer of another institution" and url == _urls(case)[0]:
                # Their own list, without this case.
                assert response.status_code == 200 and str(case.pk) not in response.content.decode()
            else:
                assert response.status_code == 404, (who, url)


def test_others_cannot_act_on_a_case(made):
    case, _officer = made
    for who, person in _people(case).items():
        client = _client(person)
        for name, data in [
            ("case_acknowledge", {}),
            ("case_message", {"body": "x"}),
            ("case_status", {"status": Status.FOLLOW_UP}),
            ("case_close", {"outcome": Outcome.NOT_SUBSTANTIATED, "message": "x"}),
        ]:
            response = client.post(reverse(f"whistleblowing:{name}", args=[case.pk]), data)
            assert response.status_code == 404, (who, name)
    case.refresh_from_db()
    assert case.status == Status.RECEIVED and not case.messages.exists()


def test_the_case_page_shows_the_report_decrypted(made):
    case, officer = made
    page = _client(officer).get(reverse("whistleblowing:case", args=[case.pk])).content.decode()
    assert WHAT in page and "minutes.png" in page


def test_no_counts_for_anyone_else(made):
    case, _officer = made
    for person in _people(case).values():
        page = _client(person).get(reverse("core:manage")).content.decode()
        assert reverse("whistleblowing:cases") not in page or person.role == Role.INTEGRITY_OFFICER


def test_every_access_is_shown_to_the_other_officers_and_audited_without_address(made):
    case, officer = made
    colleague = officer_of(case.organisation)
    client = _client(officer)
    client.get(reverse("whistleblowing:case", args=[case.pk]), REMOTE_ADDR="203.0.113.5")
    download = client.get(reverse("whistleblowing:case_file", args=[case.pk, case.files.get().pk]))
    assert download.content.startswith(b"\x89PNG")
    assert download["Content-Disposition"].startswith("attachment")
    kinds = set(CaseEvent.objects.filter(case=case, officer=officer).values_list("kind", flat=True))
    assert kinds == {CaseEventKind.OPENED, CaseEventKind.DOWNLOADED}
    page = _client(colleague).get(reverse("whistleblowing:case", args=[case.pk])).content.decode()
    assert officer.full_name in page and _("downloaded a file") in page
    entries = AuditEntry.objects.filter(
        action__startswith="whistleblowing.case.", actor_id=officer.pk
    )
    assert entries.count() == 2
    assert all(e.ip_address is None and e.object_id == "" for e in entries)


def test_acknowledge_ask_and_close(made, django_capture_on_commit_callbacks):
    case, officer = made
    client = _client(officer)
    client.post(reverse("whistleblowing:case_acknowledge", args=[case.pk]))
    case.refresh_from_db()
    assert case.status == Status.ACKNOWLEDGED and case.acknowledged_at
    client.post(
        reverse("whistleblowing:case_message", args=[case.pk]),
        {"body": "Do you have the contract?", "is_question": "on"},
    )
    case.refresh_from_db()
    assert case.feedback_at and case.messages.get().is_question
    client.post(reverse("whistleblowing:case_status", args=[case.pk]), {"status": Status.FOLLOW_UP})
    case.refresh_from_db()
    assert case.status == Status.FOLLOW_UP
    client.post(
        reverse("whistleblowing:case_close", args=[case.pk]),
        {"outcome": Outcome.REFERRED, "message": "Referred to the prosecutor."},
    )
    case.refresh_from_db()
    assert case.status == Status.CLOSED and case.outcome == Outcome.REFERRED and case.closed_at
    assert not mail.outbox  # the reporter gave no address


def test_closing_needs_a_message_and_keeps_the_case_open(made):
    case, officer = made
    response = _client(officer).post(
        reverse("whistleblowing:case_close", args=[case.pk]),
        {"outcome": Outcome.REFERRED, "message": ""},
        follow=True,
    )
    assert response.status_code == 200
    case.refresh_from_db()
    assert case.status == Status.RECEIVED


def test_a_reporter_who_gave_an_address_gets_a_notice_without_content(
    django_capture_on_commit_callbacks,
):
    case, _code = case_made(email="ona@example.org")
    officer = case.organisation.case_handlers.get().user
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        _client(officer).post(
            reverse("whistleblowing:case_message", args=[case.pk]), {"body": "Secret answer"}
        )
    (notice,) = mail.outbox
    assert notice.to == ["ona@example.org"]
    assert "Secret answer" not in notice.body and "Jonaitis" not in notice.body
    assert reverse("whistleblowing:follow_up") in notice.body


def test_handlers_are_told_when_a_case_arrives(django_capture_on_commit_callbacks):
    organisation = OrganisationFactory()
    officer = officer_of(organisation)
    with django_capture_on_commit_callbacks(execute=True):
        case_made(organisation)
    (message,) = mail.outbox
    assert message.to == [officer.email]
    assert "Jonaitis" not in message.body
    assert reverse("whistleblowing:cases") in message.body


def test_the_case_list_stays_within_its_query_budget(django_assert_max_num_queries):
    organisation = OrganisationFactory()
    officer = officer_of(organisation)
    client = _client(officer)
    for new_cases in (1, 9):  # 1 case, then 10
        for _n in range(new_cases):
            case_made(organisation)
        with django_assert_max_num_queries(12):
            response = client.get(reverse("whistleblowing:cases"))
        assert response.status_code == 200


def test_the_case_pages_stay_within_their_query_budget(made, django_assert_max_num_queries):
    """However many messages, files and accesses: the officer's and the reporter's page."""
    from tiltas.whistleblowing.services import case_message_send, reporter_reply

    case, officer = made
    client = _client(officer)
    code_case, code = case_made(case.organisation)
    for new in (1, 9):  # 1 of each, then 10
        for _n in range(new):
            for target in (case, code_case):
                case_message_send(case=target, officer=officer, body="?", is_question=True)
                reporter_reply(case=target, body="!", uploads=[png_upload()])
        with django_assert_max_num_queries(25):
            assert client.get(reverse("whistleblowing:case", args=[case.pk])).status_code == 200
        with django_assert_max_num_queries(12):
            assert (
                Client().post(reverse("whistleblowing:follow_up"), {"code": code}).status_code
                == 200
            )


def test_an_officer_redacts_a_message_for_good_and_the_history_says_who(made):
    """WB-4: a message's text can be removed (a third person named in it, say);
    the message stays marked redacted, the reporter sees that too, and the
    institution's officers see who did it."""
    case, officer = made
    client = _client(officer)
    client.post(reverse("whistleblowing:case_message", args=[case.pk]), {"body": "Jonas Jonaitis"})
    message = case.messages.get()
    redact = reverse("whistleblowing:case_message_redact", args=[case.pk, message.pk])
    for person in _people(case).values():
        assert _client(person).post(redact).status_code == 404
    assert client.post(redact).status_code == 302
    message.refresh_from_db()
    assert message.redacted_at is not None
    assert decrypt_text(message.body_token) == ""
    assert CaseEvent.objects.filter(case=case, officer=officer, kind="redacted").exists()
    page = _client(officer).get(reverse("whistleblowing:case", args=[case.pk])).content.decode()
    assert "Jonas Jonaitis" not in page and _("redacted a message") in page
    client.post(redact)  # twice: refused, nothing changes
    assert CaseEvent.objects.filter(case=case, kind="redacted").count() == 1


def _said(response) -> list[str]:
    return [str(message) for message in response.context["messages"]]


def test_each_action_says_what_happened_and_comes_back_to_the_case(made):
    case, officer = made
    client = _client(officer)
    page = reverse("whistleblowing:case", args=[case.pk])
    acknowledge = reverse("whistleblowing:case_acknowledge", args=[case.pk])

    done = client.post(acknowledge, follow=True)
    refused = client.post(acknowledge, follow=True)
    invalid = client.post(
        reverse("whistleblowing:case_status", args=[case.pk]), {"status": "nonsense"}, follow=True
    )

    assert done.redirect_chain[-1][0] == page and _said(done) == [_("Done.")]
    assert _said(refused) == [_("The report was already acknowledged.")]
    assert invalid.redirect_chain[-1][0] == page and len(_said(invalid)) == 1
    assert _("Done.") not in _said(invalid)
    case.refresh_from_db()
    assert case.status == Status.ACKNOWLEDGED


def test_a_message_of_another_case_cannot_be_redacted_through_this_one(made):
    case, officer = made
    other, _code = case_made(organisation=case.organisation)
    client = _client(officer)
    client.post(reverse("whistleblowing:case_message", args=[other.pk]), {"body": "Petras"})
    message = other.messages.get()

    response = client.post(
        reverse("whistleblowing:case_message_redact", args=[case.pk, message.pk])
    )

    assert response.status_code == 404
    message.refresh_from_db()
    assert message.redacted_at is None
