"""The warning before an idle session ends (WCAG 2.2.1, SECURITY.md AX-2):
every signed-in page carries it, with the seconds left; "Stay signed in"
renews the idle timeout without leaving the page."""

import re
import time

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.urls import reverse

from tiltas.core.middleware import SESSION_RENEWED_KEY
from tiltas.core.session_timeout import WARN_BEFORE_SECONDS, seconds_left

pytestmark = pytest.mark.django_db

RENEW = reverse("core:session_renew")


def _stored_session(client) -> dict:
    return Session.objects.get(session_key=client.session.session_key).get_decoded()


def test_signed_in_pages_carry_the_warning_and_its_script(client, member):
    client.force_login(member)
    response = client.get(reverse("accounts:profile"))
    html = response.content.decode()
    ends_in = int(re.search(r'data-ends-in="(\d+)"', html).group(1))
    assert settings.SESSION_COOKIE_AGE - 120 <= ends_in <= settings.SESSION_COOKIE_AGE
    assert f'data-warn-before="{WARN_BEFORE_SECONDS}"' in html and WARN_BEFORE_SECONDS >= 20
    assert f'action="{RENEW}"' in html
    # A file of our own, allowed by the page's policy (no inline script).
    nonce = re.search(r'<script src="[^"]*session-timeout\.js" nonce="([^"]+)"', html).group(1)
    assert f"'nonce-{nonce}'" in response["Content-Security-Policy"]


def test_anonymous_pages_have_no_warning(client):
    assert 'id="session-timeout"' not in client.get(reverse("portal:home")).content.decode()


def test_stay_signed_in_renews_the_idle_timeout(client, member, time_machine):
    time_machine.move_to(time.time(), tick=False)
    client.force_login(member)
    client.get(reverse("accounts:profile"))
    signed_in_at = _stored_session(client)[SESSION_RENEWED_KEY]
    time_machine.shift(28 * 60)  # the warning is showing
    response = client.post(RENEW, headers={"accept": "application/json"})
    assert response.status_code == 200
    assert response.json() == {"ends_in": settings.SESSION_COOKIE_AGE}
    assert _stored_session(client)[SESSION_RENEWED_KEY] == signed_in_at + 28 * 60
    time_machine.shift(20 * 60)  # 48 minutes after signing in: still signed in
    assert client.get(reverse("accounts:profile")).status_code == 200


def test_the_plain_form_goes_back_to_the_page_and_only_on_this_site(client, member):
    client.force_login(member)
    profile = reverse("accounts:profile")
    assert client.post(RENEW, {"next": profile})["Location"] == profile
    assert client.post(RENEW, {"next": "//evil.example/"})["Location"] == reverse("core:dashboard")
    assert client.get(RENEW)["Location"] == reverse("core:dashboard")  # no renewal by GET


def test_an_ended_session_is_sent_to_sign_in(client):
    response = client.post(RENEW, headers={"accept": "application/json"})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_the_absolute_lifetime_comes_first_when_it_is_nearer():
    now = time.time()
    started = now - settings.SESSION_ABSOLUTE_LIFETIME + 60
    session = {"tiltas_session_started": started, SESSION_RENEWED_KEY: now}
    assert seconds_left(session, now=now) == 60
