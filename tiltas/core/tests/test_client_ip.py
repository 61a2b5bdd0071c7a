"""RL-1: one client address behind the trusted proxy, for the rate limits,
allauth, the audit log and the request log. A client cannot choose it by
writing X-Forwarded-For; two clients behind the same proxy are two clients."""

import logging
import unittest

import pytest
from allauth.account.adapter import get_adapter
from allauth.core.internal.httpkit import get_client_ip as allauth_client_ip
from django.conf import settings
from django.test import Client, RequestFactory, override_settings
from django.urls import reverse

from tiltas.accounts.tests.helpers import sign_in
from tiltas.core.audit import audit_record
from tiltas.core.models import AuditEntry
from tiltas.core.requests import client_ip
from tiltas.core.throttle import client_network

PROXY = "127.0.0.1"  # where gunicorn sees every request come from, behind the proxy
# Only Tiltas's setting: allauth must follow it without a setting of its own.
ONE_PROXY = override_settings(TRUSTED_PROXY_COUNT=1)


def _request(forwarded: str | None = None, remote: str = PROXY):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


def behind_proxy(client_address: str, claimed: str = "") -> Client:
    """A browser at ``client_address``; the proxy appends that address to
    whatever X-Forwarded-For the browser sent (nginx's $proxy_add_x_forwarded_for)."""
    forwarded = f"{claimed}, {client_address}" if claimed else client_address
    return Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=forwarded)


def test_without_a_trusted_proxy_the_header_is_ignored():
    assert client_ip(_request("198.51.100.7", remote="203.0.113.5")) == "203.0.113.5"


@ONE_PROXY
def test_with_one_proxy_the_address_it_appended_is_the_client():
    assert client_ip(_request("203.0.113.5")) == "203.0.113.5"
    # The client wrote its own X-Forwarded-For: the proxy's entry is still the last.
    assert client_ip(_request("198.51.100.7, 10.0.0.1, 203.0.113.5")) == "203.0.113.5"
    assert client_ip(_request(" 203.0.113.5 ")) == "203.0.113.5"
    # No header at all: the request did not come through the proxy.
    assert client_ip(_request(None, remote="192.0.2.9")) == "192.0.2.9"


@override_settings(TRUSTED_PROXY_COUNT=2)
def test_with_two_proxies_the_second_entry_from_the_right_is_the_client():
    assert client_ip(_request("198.51.100.7, 203.0.113.5, 10.0.0.2")) == "203.0.113.5"


@ONE_PROXY
def test_addresses_are_normalised_and_garbage_is_no_address():
    assert client_ip(_request("[2001:DB8::1]:443")) == "2001:db8::1"
    assert client_ip(_request("203.0.113.5:5123")) == "203.0.113.5"
    assert client_ip(_request("::ffff:203.0.113.5")) == "203.0.113.5"
    assert client_ip(_request("not-an-address")) is None


def test_a_per_ip_limit_counts_an_ipv6_client_by_its_64():
    assert client_network("2001:db8:1:2::1") == client_network("2001:db8:1:2:ffff::9")
    assert client_network("2001:db8:1:2::1") != client_network("2001:db8:1:3::1")
    assert client_network("203.0.113.5") != client_network("203.0.113.6")


@ONE_PROXY
@pytest.mark.django_db
def test_password_reset_counts_each_client_behind_the_proxy_apart_and_ignores_spoofing():
    """allauth's 20 reset requests a minute per address: with the old rule every
    client shared the proxy's address, so twenty requests locked everyone out."""
    url = reverse("account_reset_password")
    attacker = "203.0.113.66"
    for n in range(20):
        client = behind_proxy(attacker, claimed=f"198.51.100.{n}")
        assert client.post(url, {"email": f"guess{n}@example.org"}).status_code == 302
    # A fresh spoofed address each time did not reset the count...
    refused = behind_proxy(attacker, claimed="198.51.100.99").post(url, {"email": "x@example.org"})
    assert refused.status_code == 429
    # ...and another client behind the same proxy is not affected.
    other = behind_proxy("203.0.113.7").post(url, {"email": "mine@example.org"})
    assert other.status_code == 302


@ONE_PROXY
@pytest.mark.django_db
def test_allauth_throttles_sign_ins_per_client_behind_the_proxy(make_user):
    """allauth's 20 failed sign-ins a minute per IP: one client spraying
    passwords is stopped, another client behind the same proxy is not."""
    sprayer = "203.0.113.66"
    for n in range(20):
        client = behind_proxy(sprayer, claimed=f"198.51.100.{n}")
        assert sign_in(client, f"guess{n}@example.org", "wrong password").status_code == 200
    assert sign_in(behind_proxy(sprayer), "more@example.org", "wrong").status_code == 429
    someone = make_user()
    assert sign_in(behind_proxy("203.0.113.7"), someone.email).status_code == 302


@ONE_PROXY
def test_allauth_sees_the_same_address():
    request = _request("198.51.100.7, 203.0.113.5")
    assert get_adapter(request).get_client_ip(request) == "203.0.113.5"


def test_allauth_is_configured_from_the_same_setting():
    # allauth's own helper (used by nothing of ours today) agrees too.
    assert settings.ALLAUTH_TRUSTED_PROXY_COUNT == settings.TRUSTED_PROXY_COUNT
    with override_settings(TRUSTED_PROXY_COUNT=1, ALLAUTH_TRUSTED_PROXY_COUNT=1):
        request = _request("198.51.100.7, 203.0.113.5")
        assert allauth_client_ip(request) == client_ip(request) == "203.0.113.5"


@ONE_PROXY
@pytest.mark.django_db
def test_the_audit_log_and_the_request_log_record_the_client_not_the_proxy(make_user):
    person = make_user()
    client = behind_proxy("203.0.113.5", claimed="198.51.100.7")
    with unittest.TestCase().assertLogs("tiltas.request", logging.INFO) as logs:
        assert sign_in(client, person.email).status_code == 302
    entry = AuditEntry.objects.get(action="accounts.login.succeeded", actor=person)
    assert entry.ip_address == "203.0.113.5"
    assert all(" ip=203.0.113.5 " in line for line in logs.output), logs.output
    assert not any("198.51.100.7" in line or PROXY in line for line in logs.output)


@ONE_PROXY
@pytest.mark.django_db
def test_after_the_request_nothing_is_put_down_to_its_client(make_user):
    person = make_user()
    assert sign_in(behind_proxy("203.0.113.5"), person.email).status_code == 302
    # Later work in the same thread (a command, a task) is no one's request.
    assert audit_record(actor=None, action="core.test.later").ip_address is None
