"""The consent ledger (SECURITY.md PR-2): which privacy notice a person
accepted and which optional consent they gave, each change a new row;
withdrawing is one button and stops the processing at once."""

import pytest
from django.urls import reverse
from django.utils import translation

from tiltas.accounts.models import PRIVACY_NOTICE_VERSION, ConsentRecord, Notice
from tiltas.accounts.personal import export_account
from tiltas.accounts.services import account_delete, consent_record
from tiltas.core.models import AuditEntry

pytestmark = pytest.mark.django_db

PROFILE = {"full_name": "Ona Onaitė", "preferred_language": "en", "country": "LT"}
WITHDRAW = reverse("accounts:consent_withdraw", args=[Notice.SEX_COUNTS])


def _ledger(person) -> list[tuple[str, bool]]:
    return list(person.consents.values_list("notice", "given"))


def test_stating_sex_is_consent_and_withdrawing_it_is_one_button(client, member):
    client.force_login(member)
    client.post(reverse("accounts:profile"), {**PROFILE, "sex": "female"})
    assert _ledger(member) == [(Notice.SEX_COUNTS, True)]
    page = client.get(reverse("accounts:my_data")).content.decode()
    assert f'action="{WITHDRAW}"' in page

    response = client.post(WITHDRAW)
    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:my_data") + "#consents"
    member.refresh_from_db()
    assert member.sex == ""  # the donor's counts no longer see it
    assert _ledger(member) == [(Notice.SEX_COUNTS, True), (Notice.SEX_COUNTS, False)]
    assert {record.version for record in member.consents.all()} == {PRIVACY_NOTICE_VERSION}
    page = client.get(reverse("accounts:my_data")).content.decode()
    assert f'action="{WITHDRAW}"' not in page and reverse("accounts:profile") in page
    assert AuditEntry.objects.filter(action="accounts.consent.withdrawn", actor=member).exists()


def test_not_stated_in_the_profile_withdraws_too(client, member):
    client.force_login(member)
    client.post(reverse("accounts:profile"), {**PROFILE, "sex": "male"})
    client.post(reverse("accounts:profile"), {**PROFILE, "sex": ""})
    assert _ledger(member) == [(Notice.SEX_COUNTS, True), (Notice.SEX_COUNTS, False)]


def test_the_privacy_notice_is_accepted_not_withdrawn_and_withdrawal_is_a_post(client, member):
    consent_record(person=member, notice=Notice.PRIVACY, given=True)
    client.force_login(member)
    with translation.override("en"):
        page = client.get(reverse("accounts:my_data")).content.decode()
    assert f"(version {PRIVACY_NOTICE_VERSION})" in page and 'href="/en/pages/privacy/"' in page
    privacy = reverse("accounts:consent_withdraw", args=[Notice.PRIVACY])
    assert client.post(privacy).status_code == 404  # ended by deleting the account
    assert client.get(WITHDRAW).status_code == 405
    assert _ledger(member) == [(Notice.PRIVACY, True)]


def test_the_ledger_is_exported_and_erased_with_the_person(member):
    consent_record(person=member, notice=Notice.PRIVACY, given=True)
    [exported] = export_account(member)["consents"]
    assert exported["notice"] == "privacy" and exported["version"] == PRIVACY_NOTICE_VERSION
    account_delete(user=member)
    assert not ConsentRecord.objects.filter(person=member).exists()
