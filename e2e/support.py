"""Helpers for the browser tests: axe-core, TOTP codes, signing in."""

import time
from functools import cache
from pathlib import Path

import axe_playwright_python
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.conf import settings

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
DEMO_PASSWORD = "tiltas-demo-2026"


@cache
def axe_source() -> str:
    return (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text()


def axe_violations(page) -> list[str]:
    """axe-core's WCAG 2.1 A/AA violations on the current page, one line per node.

    The script is evaluated through the DevTools protocol, which the page's
    strict CSP does not govern, so the page is checked with its real CSP on.
    """
    page.evaluate(axe_source())
    results = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags},"
        " resultTypes: ['violations']})",
        AXE_TAGS,
    )
    lines = []
    for violation in results["violations"]:
        for node in violation["nodes"]:
            target = " ".join(str(part) for part in node["target"])
            summary = node.get("failureSummary", "").replace("\n", " ")
            lines.append(
                f"{violation['id']} ({violation['impact']}) at {target}: "
                f"{violation['help']}. {summary}"
            )
    return lines


def current_totp(secret: str | None = None) -> str:
    """The code of the current 30-second step; waits out a step about to end,
    since the server accepts no neighbouring step (TOTP_TOLERANCE 0)."""
    if 30 - time.time() % 30 < 3:
        time.sleep(30 - time.time() % 30 + 0.2)
    counter = int(time.time()) // 30
    return format_hotp_value(hotp_value(secret or settings.TILTAS_DEMO_TOTP_SECRET, counter))


def sign_in(page, email: str, password: str = DEMO_PASSWORD, language: str = "lt") -> None:
    """Sign in through the real forms, answering the TOTP step when it comes."""
    page.goto(f"/{language}/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", password)
    with page.expect_navigation():
        page.press("input[name=password]", "Enter")
    if page.locator("input[name=code]").count():
        page.fill("input[name=code]", current_totp())
        with page.expect_navigation():
            page.press("input[name=code]", "Enter")


def share_session(context, user, base_url: str) -> None:
    """Sign ``user`` in to the browser context without the forms (for page sweeps)."""
    from django.test import Client

    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": base_url}])


def watch(page):
    """Record Content-Security-Policy violations and script errors in ``page.csp_errors``."""
    page.csp_errors = []

    def on_console(message) -> None:
        if message.type == "error" and "Content Security Policy" in message.text:
            page.csp_errors.append(message.text)

    page.on("console", on_console)
    page.on("pageerror", lambda error: page.csp_errors.append(f"script error: {error}"))
    return page
