"""AU-2: staff need TOTP; codes are single-use; a full sign-in with TOTP."""

import time

import pytest
from django.urls import reverse

from tiltas.accounts.models import LoginRecord
from tiltas.core.access import has_totp
from tiltas.core.roles import Role

from .helpers import reauthenticate, reauthenticate_by_code, set_up_totp, sign_in, totp_code


@pytest.mark.django_db
def test_full_sign_in_with_totp(client, make_user):
    coordinator = make_user(role=Role.COORDINATOR)
    response = sign_in(client, coordinator.email)
    assert response["Location"] == reverse("mfa_authenticate")
    assert not LoginRecord.objects.exists()  # the password alone is not a sign-in
    assert client.get(reverse("core:manage")).status_code == 302
    page = client.get(reverse("mfa_authenticate"))
    assert page.status_code == 200 and 'name="code"' in page.content.decode()
    response = client.post(reverse("mfa_authenticate"), {"code": totp_code()})
    assert response.status_code == 302
    assert LoginRecord.objects.filter(user=coordinator).count() == 1
    assert client.get(reverse("core:manage")).status_code == 200


@pytest.mark.django_db
def test_wrong_totp_code_is_refused_with_a_message(client, coordinator):
    sign_in(client, coordinator.email)
    good = totp_code()
    wrong = f"{(int(good) + 1) % 1000000:06d}"
    response = client.post(reverse("mfa_authenticate"), {"code": wrong})
    assert response.status_code == 200
    assert 'class="error-summary"' in response.content.decode()
    assert not LoginRecord.objects.exists()


@pytest.mark.django_db
def test_replayed_totp_code_is_rejected_at_sign_in(client, coordinator, time_machine):
    # Stay well inside one 30-second window so the code is still valid on replay.
    time_machine.move_to(time.time() // 30 * 30 + 5, tick=False)
    code = totp_code()
    assert sign_in(client, coordinator.email, code=code).status_code == 302
    assert LoginRecord.objects.count() == 1
    client.post(reverse("account_logout"))
    response = sign_in(client, coordinator.email, code=code)
    assert response.status_code == 200  # the form again, with an error
    assert LoginRecord.objects.count() == 1
    assert not response.wsgi_request.user.is_authenticated


@pytest.mark.django_db
def test_password_only_staff_session_cannot_reach_staff_pages_or_admin(client, make_user):
    admin = make_user(role=Role.ADMINISTRATOR, is_staff=True, is_superuser=True, with_totp=False)
    response = sign_in(client, admin.email)
    assert response.status_code == 302  # signed in: no TOTP set up yet
    assert client.get(reverse("core:manage"))["Location"] == reverse("core:mfa_required")
    response = client.get("/admin/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert client.get("/admin/accounts/user/").status_code == 302

    # Setting up TOTP through allauth's own pages (after a code sent to the
    # verified address: staff do not enrol on the password alone) opens both.
    reauthenticate_by_code(client, admin.email)
    response, _secret = set_up_totp(client)
    assert response.status_code == 302
    assert has_totp(admin)
    assert client.get(reverse("core:manage")).status_code == 200
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_admin_login_form_cannot_bypass_totp(client, administrator):
    response = client.get("/admin/login/")
    assert response.status_code == 302 and response["Location"].startswith(reverse("account_login"))
    client.post(
        "/admin/login/",
        {"username": administrator.email, "password": "correct horse battery staple"},
    )
    assert client.get("/admin/").status_code == 302
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_member_without_totp_may_use_member_pages(client, member):
    sign_in(client, member.email)
    assert client.get(reverse("accounts:profile")).status_code == 200
    assert client.get(reverse("core:manage")).status_code == 403


# Committed for real: allauth's after-commit work (the signal, its e-mail) needs the request.
@pytest.mark.django_db(transaction=True)
def test_security_events_are_audited(client, make_user):
    from tiltas.core.models import AuditEntry

    person = make_user(with_totp=False)
    sign_in(client, person.email, "wrong password")
    sign_in(client, person.email)
    reauthenticate(client)
    set_up_totp(client)
    client.post(
        reverse("account_change_password"),
        {"oldpassword": "correct horse battery staple", "password1": "new river lantern 99",
         "password2": "new river lantern 99"},
    )  # fmt: skip
    client.post(reverse("account_logout"))
    actions = list(AuditEntry.objects.order_by("id").values_list("action", flat=True))
    assert actions[0] == "accounts.login.failed"
    for action in ["accounts.login.succeeded", "accounts.mfa.added",
                   "accounts.password.changed", "accounts.logout"]:  # fmt: skip
        assert action in actions
    failed = AuditEntry.objects.get(action="accounts.login.failed")
    assert failed.actor is None and failed.ip_address == "127.0.0.1"
