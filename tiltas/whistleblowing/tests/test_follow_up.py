"""The reporter comes back with the receipt code, only ever in a POST body:
the case, the handler's messages, a reply with files. Wrong and unknown codes
get the same answer, and guessing is throttled per address and altogether."""

import logging

import pytest
from django.urls import reverse
from django.utils.translation import gettext as _

from tiltas.whistleblowing.models import Author, CaseFile, CaseMessage
from tiltas.whistleblowing.receipts import receipt_new, receipt_parse, secret_matches
from tiltas.whistleblowing.services import case_message_send

from .factories import case_made, png_upload

pytestmark = pytest.mark.django_db
URL = "whistleblowing:follow_up"


def _open(client, code, **extra):
    return client.post(reverse(URL), {"code": code, **extra})


def test_the_code_opens_the_case_with_the_handlers_messages(client):
    case, code = case_made()
    officer = case.organisation.case_handlers.get().user
    case_message_send(
        case=case, officer=officer, body="When did you see the payment?", is_question=True
    )
    # Typed loosely: lower case, spaces instead of dashes, O for 0.
    typed = code.lower().replace("-", " ").replace("0", "o")
    response = _open(client, typed)
    page = response.content.decode()
    assert response.status_code == 200
    assert "When did you see the payment?" in page
    assert case.organisation.name in page
    assert officer.full_name not in page  # the reporter is not told who wrote


def test_wrong_and_unknown_codes_get_the_same_answer(client):
    _case, code = case_made()
    wrong_secret = code[:-1] + ("A" if code[-1] != "A" else "B")
    unknown = receipt_new().code
    answers = [_open(client, c) for c in (wrong_secret, unknown)]
    texts = [a.content.decode().replace(wrong_secret, "X").replace(unknown, "X") for a in answers]
    assert [a.status_code for a in answers] == [200, 200]
    assert _("No case opens with this code. Check it and try again.") in texts[0]
    # The pages differ only in their CSRF tokens.
    strip = [t.split("csrfmiddlewaretoken")[0] for t in texts]
    assert strip[0] == strip[1]


def test_an_unknown_id_is_checked_against_a_dummy_hash():
    receipt = receipt_new()
    assert secret_matches(receipt.secret, None) is False
    assert receipt_parse(receipt.code) == receipt


def test_the_code_never_appears_in_a_path_or_a_log_line(client, caplog):
    _case, code = case_made()
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="tiltas.request")
    response = _open(client, code)
    assert code in response.content.decode()  # in the hidden field of the reply form
    logs = "\n".join(record.getMessage() for record in caplog.records)
    assert code not in logs and code.replace("-", "") not in logs
    assert "path=/lt/report/case/ " in logs


def test_the_reporter_replies_with_a_file(client):
    case, code = case_made()
    response = _open(
        client,
        code,
        action="reply",
        body="I saw it on 3 March at the town hall.",
        attachments=[png_upload("receipt.png")],
    )
    assert response.status_code == 200 and response.context["sent"]
    message = CaseMessage.objects.get(case=case)
    assert message.author == Author.REPORTER and message.officer is None
    assert CaseFile.objects.filter(case=case).count() == 1
    assert "receipt.png" in response.content.decode()


def test_an_empty_reply_is_refused(client):
    _case, code = case_made()
    response = _open(client, code, action="reply", body=" ")
    assert _("Write a message or add a file.") in response.content.decode()
    assert not CaseMessage.objects.exists()


def test_guessing_codes_is_throttled_per_address(client):
    answers = [_open(client, receipt_new().code).status_code for _ in range(21)]
    assert answers[:20] == [200] * 20 and answers[20] == 429
    # Another address still gets through …
    assert client.post(reverse(URL), {"code": "x"}, REMOTE_ADDR="198.51.100.9").status_code == 200
    # … and a forged X-Forwarded-For does not reset the count.
    forged = client.post(reverse(URL), {"code": "x"}, HTTP_X_FORWARDED_FOR="192.0.2.1")
    assert forged.status_code == 429


def test_guessing_from_many_addresses_is_throttled_altogether(client):
    """The count every address shares: once it is full, a new address is refused too."""
    import time

    import time_machine
    from django.core.cache import caches

    with time_machine.travel(time.time(), tick=False):
        window = int(time.time() // 600)
        caches["counters"].set(f"throttle:whistleblowing.code.all:all:{window}", 600, 600)
        fresh = client.post(reverse(URL), {"code": "x"}, REMOTE_ADDR="198.51.100.200")
    assert fresh.status_code == 429
