"""Signing in through allauth's real pages, and reading HTML in tests."""

import re
import time
from html.parser import HTMLParser

from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.conf import settings
from django.core import mail
from django.test import Client
from django.urls import reverse

from .factories import PASSWORD


def totp_code(at: float | None = None) -> str:
    counter = int((at if at is not None else time.time()) // 30)
    return format_hotp_value(hotp_value(settings.TILTAS_DEMO_TOTP_SECRET, counter))


def sign_in(
    client: Client, email: str, password: str = PASSWORD, *, code: str | None = None, **extra
):
    """POST the sign-in form (and the TOTP form when a code is given); ``extra``
    goes with each request (``REMOTE_ADDR``, ``secure``)."""
    data = {"login": email, "password": password}
    response = client.post(reverse("account_login"), data, **extra)
    mfa = reverse("mfa_authenticate")
    if code is not None and response.status_code == 302 and response["Location"] == mfa:
        response = client.post(reverse("mfa_authenticate"), {"code": code}, **extra)
    return response


def reauthenticate(client: Client, password: str = PASSWORD):
    return client.post(reverse("account_reauthenticate"), {"password": password})


CODE_IN_MAIL = re.compile(r"^([A-Z0-9]{4}-[A-Z0-9]{4})$", re.MULTILINE)


def reauthenticate_by_code(client: Client, email: str):
    """Confirm the session with the one-time code allauth e-mails to ``email``."""
    mail.outbox.clear()
    client.post(reverse("account_request_reauthentication_code"), {"recipient": email})
    match = CODE_IN_MAIL.search(mail.outbox[-1].body)
    assert match is not None and mail.outbox[-1].to == [email]
    return client.post(reverse("account_confirm_reauthentication_code"), {"code": match[1]})


SECRET_ON_PAGE = re.compile(r'id="authenticator_secret"[^>]*value="([A-Z2-7]+)"')


def set_up_totp(client: Client):
    """Set up TOTP through allauth's page, as a person reading the secret off it
    would; returns the response to the form and the secret."""
    page = client.get(reverse("mfa_activate_totp")).content.decode()
    match = SECRET_ON_PAGE.search(page)
    assert match is not None, "no TOTP set-up form"
    code = format_hotp_value(hotp_value(match[1], int(time.time() // 30)))
    return client.post(reverse("mfa_activate_totp"), {"code": code}), match[1]


VOLATILE = re.compile(r'(name="csrfmiddlewaretoken" value=")[^"]+|(nonce=")[^"]+')


def stable_html(content: bytes) -> str:
    """The page without its per-response random values (CSRF token, CSP nonce)."""
    return VOLATILE.sub(lambda m: m.group(1) or m.group(2), content.decode())


class FormAudit(HTMLParser):
    """Collects what the accessibility checks need from a page."""

    def __init__(self) -> None:
        super().__init__()
        self.controls: list[str] = []
        self.labels: set[str] = set()
        self.inline_scripts = 0
        self.style_attributes = 0
        self.event_handlers: list[str] = []
        self.h1 = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        attributes = dict(attrs)
        if tag == "h1":
            self.h1 += 1
        if (
            tag == "script"
            and "src" not in attributes
            and attributes.get("type") != "application/json"
        ):
            self.inline_scripts += 1
        if "style" in attributes:
            self.style_attributes += 1
        self.event_handlers += [name for name in attributes if name.startswith("on")]
        if tag == "label" and attributes.get("for"):
            self.labels.add(attributes["for"])
        if tag in {"input", "select", "textarea"} and attributes.get("type") not in {
            "hidden", "submit", "button",
        }:  # fmt: skip
            self.controls.append(attributes.get("id") or "")


def audit_page(content: bytes) -> FormAudit:
    parser = FormAudit()
    parser.feed(content.decode())
    return parser
