"""Enrolment of the second factor (security issue, item 6): staff keep their
second factor, staff enrol only after a code sent to their address, and the
administrators hear of every staff enrolment. The security e-mails are in
test_security_emails.py."""

import pytest
from allauth.mfa.models import Authenticator
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import translation

from tiltas.core.models import AuditEntry
from tiltas.core.roles import Role, has_totp

from .helpers import reauthenticate, reauthenticate_by_code, set_up_totp, sign_in, totp_code


@pytest.mark.django_db
@pytest.mark.parametrize("role", [Role.TRAINER, Role.ADMINISTRATOR])
def test_staff_cannot_turn_off_their_last_second_factor(client, make_user, role):
    person = make_user(role=role)
    sign_in(client, person.email, code=totp_code())
    reauthenticate(client)
    url = reverse("mfa_deactivate_totp")
    page = client.get(url)
    assert page.status_code == 200
    with translation.override("lt"):
        message = "Darbuotojų vaidmenims prisijungti reikia antrojo veiksnio"
        assert message in page.content.decode()
        response = client.post(url)
    assert response.status_code == 200 and message in response.content.decode()
    assert has_totp(person)
    assert client.get(reverse("core:manage")).status_code == 200


@pytest.mark.django_db(transaction=True)
def test_a_member_may_turn_theirs_off(client, member):
    sign_in(client, member.email)
    reauthenticate(client)
    set_up_totp(client)
    assert client.post(reverse("mfa_deactivate_totp")).status_code == 302
    assert not Authenticator.objects.filter(user=member, type="totp").exists()


@pytest.mark.django_db(transaction=True)
def test_staff_set_up_their_second_factor_only_with_a_code_from_their_mailbox(client, make_user):
    trainer = make_user(role=Role.TRAINER, with_totp=False)
    sign_in(client, trainer.email)
    # The password again is not enough: it may be all an attacker has.
    reauthenticate(client)
    activate = client.get(reverse("mfa_activate_totp"))
    assert activate.status_code == 302
    assert activate["Location"].startswith(reverse("account_request_reauthentication_code"))
    password_page = client.get(reverse("account_reauthenticate"))
    assert password_page["Location"].startswith(reverse("account_request_reauthentication_code"))
    request_page = client.get(activate["Location"]).content.decode()
    with translation.override("lt"):
        assert "Siųsti vienkartinį kodą adresu" in request_page
    # The code sent to the verified address opens the set-up page.
    assert reauthenticate_by_code(client, trainer.email).status_code == 302
    response, _secret = set_up_totp(client)
    assert response.status_code == 302 and has_totp(trainer)


@pytest.mark.django_db(transaction=True)
def test_administrators_are_told_of_every_staff_enrolment(client, make_user):
    lithuanian = make_user(role=Role.ADMINISTRATOR, preferred_language="lt")
    norwegian = make_user(role=Role.ADMINISTRATOR, preferred_language="nb")
    make_user(role=Role.ADMINISTRATOR, is_active=False)
    trainer = make_user(role=Role.TRAINER, with_totp=False, full_name="Rūta Jankauskienė")
    sign_in(client, trainer.email)
    reauthenticate_by_code(client, trainer.email)
    mail.outbox.clear()
    set_up_totp(client)
    told = {message.to[0]: message for message in mail.outbox if message.to != [trainer.email]}
    assert set(told) == {lithuanian.email, norwegian.email}
    lt, nb = told[lithuanian.email], told[norwegian.email]
    assert "Rūta Jankauskienė nustatė antrąjį veiksnį" in lt.subject
    assert "Rūta Jankauskienė har satt opp en andre faktor" in nb.subject
    assert trainer.email in lt.body and "vaidmenį „Lektorius“" in lt.body
    entry = AuditEntry.objects.get(action="accounts.mfa.staff_enrolled")
    assert entry.actor == trainer and entry.changed_fields == [Role.TRAINER]


@pytest.mark.django_db(transaction=True)
def test_a_member_setting_up_totp_bothers_no_administrator(client, make_user, member):
    make_user(role=Role.ADMINISTRATOR)
    sign_in(client, member.email)
    reauthenticate(client)
    mail.outbox.clear()
    set_up_totp(client)
    assert [message.to for message in mail.outbox] == [[member.email]]
    assert not AuditEntry.objects.filter(action="accounts.mfa.staff_enrolled").exists()


@pytest.mark.django_db(transaction=True)
def test_a_member_promoted_to_staff_signs_in_again_and_enrols_only_with_a_code(
    client, administrator, make_user
):
    person = make_user(role=Role.MEMBER, with_totp=False)
    sign_in(client, person.email)
    # A password check made as a member does not carry over into a staff role:
    # it may have been made by whoever holds that password.
    reauthenticate(client)
    admin_client = Client()
    admin_client.force_login(administrator)
    promote = reverse("accounts:person_role", args=[person.pk])
    assert admin_client.post(promote, {"role": Role.TRAINER}).status_code == 302
    activate = client.get(reverse("mfa_activate_totp"))
    assert activate.status_code == 302
    assert activate["Location"].startswith(reverse("account_login"))
    sign_in(client, person.email)
    reauthenticate(client)
    activate = client.get(reverse("mfa_activate_totp"))
    assert activate["Location"].startswith(reverse("account_request_reauthentication_code"))
    reauthenticate_by_code(client, person.email)
    assert set_up_totp(client)[0].status_code == 302 and has_totp(person)
