"""The permission matrix (SECURITY.md AC-1, AC-3, IO-1, IO-2, AX-1).

Every URL pattern in the resolver is collected when this module is imported;
one test per pattern then GETs it as each role and checks the answer against
the view's access rule (``tiltas.core.access``). A view without a rule, or a
pattern with arguments and no sample in ``tiltas/<app>/tests/url_samples.py``,
fails its test by name: nothing is reachable by accident.

Every HTML page rendered along the way is linted (security headers, no
inline script without a nonce, no ``on*=`` handlers, no ``javascript:`` URLs,
``<html lang>`` matching the URL), and a POST without a CSRF token is refused.
"""

import logging
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.contrib.admin import site as admin_site
from django.contrib.auth import get_user_model
from django.shortcuts import resolve_url
from django.test import Client
from django.urls import reverse
from django.utils import translation

from tiltas.core.access import AccessRule
from tiltas.core.roles import Role

from .get_writes import WriteRecorder
from .html_checks import drain, is_html, page_problems
from .url_walk import MissingSample, Route, collect_routes, not_found_by_design, url_of

LANGUAGE = "lt"
#: An administrator who signed in with a password alone, TOTP not set up yet:
#: no staff power anywhere. Staff pages send them to set up TOTP; every other
#: page answers them as it answers a member (drafts, others' files: 404).
WITHOUT_TOTP = "staff_without_totp"
ROLES = ["anonymous", *Role.values, WITHOUT_TOTP]
#: Pages that answer staff without TOTP less than a member, with why.
WITHOUT_TOTP_ANSWER = {
    # They confirm with a code sent to their address, not the password (issue 16, item 6).
    "account_reauthenticate": "redirect",
}
XSS_NAME = '<script>alert("name")</script><img src=x onerror=alert(1)> Jonas'

#: Views whose deliberate answer differs from what their rule implies, with why.
#: Keep this short; every entry is reviewed.
EXPECTED_STATUS = {
    # Explains that staff must set up TOTP; answered with 403 on purpose.
    "core:mfa_required": 403,
}
#: allauth sign-in stages: without a sign-in in progress they send the visitor
#: back to the sign-in page, which is right even though anyone may open them.
LOGIN_STAGES = frozenset(
    {"mfa_authenticate", "mfa_trust", "account_confirm_login_code", "account_login_code_confirm"}
)
#: allauth MFA pages that answer 404 until the person has that authenticator
#: (TOTP to deactivate, recovery codes to view or download).
NOT_FOUND_UNTIL_SET_UP = frozenset(
    {"mfa_deactivate_totp", "mfa_view_recovery_codes", "mfa_download_recovery_codes"}
)

try:
    ROUTES = collect_routes()
    URLCONF_ERROR = None
except Exception as error:  # reported by a test, not as a collection error
    ROUTES = []
    URLCONF_ERROR = error


def _paths() -> dict[str, str]:
    with translation.override(LANGUAGE):
        return {
            "login": resolve_url(settings.LOGIN_URL),
            "mfa_required": reverse("core:mfa_required"),
        }


def _outcome(response, paths: dict[str, str]) -> str:
    status = response.status_code
    if 300 <= status < 400:
        target = urlsplit(response["Location"]).path
        if target == paths["login"]:
            return "login"
        if target == paths["mfa_required"]:
            return "mfa_required"
        return "redirect"
    return str(status)


def _reached(outcome: str, *, allow_404: bool) -> bool:
    return outcome in {"200", "redirect", "405"} or (allow_404 and outcome == "404")


def _expected(rule: AccessRule, role: str) -> str:
    """What ``role`` should get: "reached", "login", "denied", "mfa_required"
    or "as_member"."""
    if rule.kind == "token":
        return "unauthorised"  # a session is no API token, whoever holds it
    if role == WITHOUT_TOTP:
        return "mfa_required" if rule.kind == "roles" else "as_member"
    if rule.kind == "public":
        return "reached"
    if role == "anonymous":
        return "login"
    if rule.kind == "signed_in" or role in rule.roles:
        return "reached"
    return "denied"


def _client_named_with_payload(client: Client) -> Client:
    """Every signed-in person is called by an XSS payload: any page that shows
    a name unescaped then carries a live script or handler, which the lint finds."""
    user_id = client.session.get("_auth_user_id")
    if user_id:
        get_user_model().objects.filter(pk=user_id).update(full_name=XSS_NAME)
    return client


def _client_of(role: str, role_client, make_user) -> Client:
    if role != WITHOUT_TOTP:
        return role_client(role)
    client = Client()
    client.force_login(
        make_user(role=Role.ADMINISTRATOR, is_staff=True, is_superuser=True, with_totp=False)
    )
    return client


def _judge(
    route: Route, expected: str, outcome: str, *, allow_404: bool, as_member: str = ""
) -> list[str]:
    if expected == "as_member":
        ok = outcome == WITHOUT_TOTP_ANSWER.get(route.name or "", as_member)
        return [] if ok else [f"a staff power without TOTP: got {outcome}, a member {as_member}"]
    if expected == "mfa_required":
        ok = outcome == "mfa_required"
    elif route.name in EXPECTED_STATUS and expected == "reached":
        ok = outcome == str(EXPECTED_STATUS[route.name])
    elif expected == "reached":
        ok = _reached(outcome, allow_404=allow_404) or (
            route.name in LOGIN_STAGES and outcome == "login"
        )
    elif expected == "login":
        ok = outcome == "login"
    elif expected == "unauthorised":
        ok = outcome in {"401", "405"}  # 405: the endpoint takes no GET at all
    else:
        ok = outcome == "403"
    return [] if ok else [f"expected {expected}, got {outcome}"]


def _check_csrf(client: Client, url: str, caplog) -> str | None:
    """A POST without a CSRF token, as someone allowed to use the view, is refused
    (or the view takes no POST at all: the read-only API answers 405)."""
    forged = Client(enforce_csrf_checks=True)
    forged.cookies = client.cookies
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="django.security.csrf"):
        response = forged.post(url, {})
    drain(response)
    if response.status_code == 405:
        return None
    refused = response.status_code == 403 and any(
        record.name == "django.security.csrf" for record in caplog.records
    )
    return None if refused else f"POST without a CSRF token got {response.status_code}"


@pytest.mark.django_db
@pytest.mark.parametrize("route", ROUTES, ids=[route.label for route in ROUTES])
def test_url_access(route: Route, role_client, make_user, caplog):
    rule = route.access
    assert isinstance(rule, AccessRule), (
        f"{route.label} ({route.route}) has no access rule: wrap its view in @public, "
        "@signed_in or @roles_required (tiltas.core.access)"
    )
    missing = None
    try:
        url = url_of(route, LANGUAGE)
    except MissingSample as error:
        missing = str(error)
    if missing:
        pytest.fail(missing, pytrace=False)
    language = LANGUAGE if route.localised else None
    paths = _paths()
    allow_404 = route.name in NOT_FOUND_UNTIL_SET_UP or not_found_by_design(route)
    failures: dict[str, list[str]] = {}
    csrf_checked = False
    outcomes: dict[str, str] = {}
    for role in ROLES:
        client = _client_named_with_payload(_client_of(role, role_client, make_user))
        with WriteRecorder() as writes:
            response = client.get(url)
        expected = _expected(rule, role)
        outcomes[role] = _outcome(response, paths)
        problems = _judge(
            route,
            expected,
            outcomes[role],
            allow_404=allow_404,
            as_member=outcomes.get(Role.MEMBER, ""),
        )
        if written := writes.unexpected(route.name):
            problems.append(f"a GET wrote to {', '.join(written)} (AC-3)")
        if is_html(response):
            problems += page_problems(response, language=language)
        if role != "anonymous" and "no-store" not in response.get("Cache-Control", ""):
            problems.append("a signed-in answer without Cache-Control: no-store (PR-2)")
        drain(response)
        if expected == "reached" and not csrf_checked:
            csrf_checked = True
            if problem := _check_csrf(client, url, caplog):
                problems.append(problem)
        for problem in problems:
            failures.setdefault(problem, []).append(role)
    report = [f"{', '.join(roles)}: {problem}" for problem, roles in failures.items()]
    assert not report, f"{route.label} {url} ({rule.kind}):\n  " + "\n  ".join(report)


def test_matrix_sees_the_whole_site():
    """The walk must find the core, account and portal URLs, or the matrix proves nothing."""
    assert URLCONF_ERROR is None, f"the URL configuration does not load: {URLCONF_ERROR!r}"
    names = {route.name for route in ROUTES}
    assert {"core:dashboard", "core:manage", "portal:home", "account_login"} <= names
    assert not any(route.name and route.name.startswith("admin:") for route in ROUTES)


# --- The Django admin -----------------------------------------------------------


def _admin_urls() -> list[str]:
    urls = [reverse("admin:index")]
    for model in admin_site._registry:
        opts = model._meta
        urls.append(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"))
    return urls


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["anonymous", Role.MEMBER, Role.COORDINATOR, "admin_without_totp"])
def test_admin_sends_all_but_verified_administrators_to_its_login(role, role_client, make_user):
    if role == "admin_without_totp":
        client = Client()
        client.force_login(
            make_user(role=Role.ADMINISTRATOR, is_staff=True, is_superuser=True, with_totp=False)
        )
    else:
        client = role_client(role)
    login = reverse("admin:login")
    for url in _admin_urls():
        response = client.get(url)
        drain(response)
        assert response.status_code == 302, (url, response.status_code)
        assert urlsplit(response["Location"]).path == login, (url, response["Location"])


@pytest.mark.django_db
def test_admin_opens_for_an_administrator_with_totp(role_client):
    client = role_client(Role.ADMINISTRATOR)
    for url in _admin_urls():
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        problems = [p for p in page_problems(response, language=None) if "header" in p]
        assert not problems, (url, problems)
