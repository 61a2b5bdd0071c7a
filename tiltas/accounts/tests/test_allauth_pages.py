"""allauth's pages render inside the Tiltas layout, accessibly."""

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from tiltas.accounts.models import PRIVACY_NOTICE_VERSION, Notice, User

from .helpers import audit_page, reauthenticate

ANONYMOUS_PAGES = [
    "account_login",
    "account_signup",
    "account_reset_password",
    "account_reset_password_done",
    "account_email_verification_sent",
]
SIGNED_IN_PAGES = [
    "account_email",
    "account_change_password",
    "mfa_index",
    "account_reauthenticate",
    "accounts:profile",
    "accounts:my_data",
]


def assert_accessible_page(response) -> None:
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="site-header"' in html and '<main id="main"' in html
    page = audit_page(response.content)
    assert page.h1 == 1
    assert page.inline_scripts == 0
    assert page.style_attributes == 0
    assert page.event_handlers == []
    unlabelled = [control for control in page.controls if control not in page.labels]
    assert unlabelled == []


@pytest.mark.django_db
@pytest.mark.parametrize("name", ANONYMOUS_PAGES)
@pytest.mark.parametrize("language", ["lt", "en", "nb"])
def test_anonymous_allauth_pages_render_in_our_layout(client, name, language):
    response = client.get(f"/{language}" + reverse(name)[3:])
    assert_accessible_page(response)
    assert f'<html lang="{language}">' in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("name", SIGNED_IN_PAGES)
def test_signed_in_account_pages_render_in_our_layout(client, member, name):
    client.force_login(member)
    assert_accessible_page(client.get(reverse(name)))


@pytest.mark.django_db
def test_totp_set_up_page_after_reauthentication(client, member):
    client.force_login(member)
    reauthenticate(client)
    response = client.get(reverse("mfa_activate_totp"))
    assert_accessible_page(response)
    assert 'class="qr-code"' in response.content.decode()


@pytest.mark.django_db
def test_mfa_pages_for_a_person_with_totp(client, coordinator):
    client.force_login(coordinator)
    assert_accessible_page(client.get(reverse("mfa_index")))


@pytest.mark.django_db
def test_sign_in_errors_are_shown_in_a_summary_and_next_to_the_field(client, member):
    response = client.post(reverse("account_login"), {"login": member.email, "password": "wrong"})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="error-summary"' in html
    assert f'value="{member.email}"' in html  # what was typed is kept


@pytest.mark.django_db
def test_sign_up_asks_for_the_full_name_and_sends_a_verification_email(client):
    response = client.post(
        reverse("account_signup"),
        {
            "email": "ona@example.org",
            "full_name": "Ona Onaitė",
            "password1": "mellow river lantern 42",
            "password2": "mellow river lantern 42",
            "privacy_notice": "on",
        },
    )
    assert response.status_code == 302
    person = User.objects.get(email="ona@example.org")
    assert person.full_name == "Ona Onaitė"
    assert len(mail.outbox) == 1
    # The consent ledger says which privacy notice was accepted.
    [accepted] = person.consents.all()
    assert (accepted.notice, accepted.version, accepted.given) == (
        Notice.PRIVACY, PRIVACY_NOTICE_VERSION, True,
    )  # fmt: skip


@pytest.mark.django_db
def test_sign_up_asks_to_accept_the_privacy_notice_it_links(client):
    with translation.override("lt"):
        url = reverse("account_signup")
        refused = gettext("Please confirm that you have read the privacy notice.")
    page = client.get(url).content.decode()
    assert 'href="/lt/pages/privacy/"' in page and 'name="privacy_notice"' in page
    response = client.post(
        url,
        {"email": "ona@example.org", "full_name": "Ona Onaitė",
         "password1": "mellow river lantern 42", "password2": "mellow river lantern 42"},
    )  # fmt: skip
    assert response.status_code == 200
    assert refused in response.content.decode()
    assert refused != "Please confirm that you have read the privacy notice."  # translated
    assert not User.objects.filter(email="ona@example.org").exists()


@pytest.mark.django_db
def test_sign_up_without_full_name_keeps_what_was_typed(client):
    response = client.post(
        reverse("account_signup"),
        {"email": "ona@example.org", "password1": "mellow river lantern 42",
         "password2": "mellow river lantern 42"},
    )  # fmt: skip
    assert response.status_code == 200
    assert 'value="ona@example.org"' in response.content.decode()
    assert not User.objects.filter(email="ona@example.org").exists()


def test_every_allauth_view_is_classified():
    from tiltas.accounts import allauth_urls

    def walk(patterns):
        for pattern in patterns:
            if hasattr(pattern, "url_patterns"):
                yield from walk(pattern.url_patterns)
            else:
                yield pattern

    rules = {p.name: p.callback.access.kind for p in walk(allauth_urls.urlpatterns)}
    assert rules["account_login"] == "public"
    assert rules["account_reset_password_from_key"] == "public"
    assert rules["mfa_authenticate"] == "public"
    assert rules["account_email"] == "signed_in"
    assert rules["mfa_activate_totp"] == "signed_in"
    assert rules["account_reauthenticate"] == "signed_in"


@pytest.mark.django_db
def test_recovery_codes_page_after_real_totp_set_up(client, make_user):
    import re
    import time

    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

    person = make_user(with_totp=False)
    client.force_login(person)
    reauthenticate(client)
    page = client.get(reverse("mfa_activate_totp")).content.decode()
    secret = re.search(r'id="authenticator_secret"[^>]*value="([A-Z2-7]+)"', page).group(1)
    code = format_hotp_value(hotp_value(secret, int(time.time() // 30)))
    assert client.post(reverse("mfa_activate_totp"), {"code": code}).status_code == 302
    assert_accessible_page(client.get(reverse("mfa_index")))
    assert_accessible_page(client.get(reverse("mfa_view_recovery_codes")))
