"""Deployment settings, cookies, HSTS and CSRF (SECURITY.md SE-1, IO-2, AC-3).

Production settings are read from a fresh interpreter with
``TILTAS_ENV=production`` (the settings module decides at import), then
applied here so real requests show what a browser would receive.
"""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import translation

from tiltas.accounts.tests.factories import PASSWORD

BASE_DIR = Path(settings.BASE_DIR)
ONE_YEAR = 365 * 24 * 60 * 60

#: Views that may skip CSRF checks, with the reason. Reviewed; keep it short.
CSRF_EXEMPT_ALLOWLIST: dict[str, str] = {
    "tiltas/notifications/views/email.py": (
        "RFC 8058 one-click unsubscribe: a mail program POSTs List-Unsubscribe=One-Click "
        "with no token; the signed link is the credential, and any other POST to the view "
        "is CSRF-checked by csrf_protect inside it"
    ),
}

PRODUCTION_SETTINGS = [
    "DEBUG",
    "SESSION_COOKIE_NAME",
    "SESSION_COOKIE_SECURE",
    "SESSION_COOKIE_HTTPONLY",
    "SESSION_COOKIE_SAMESITE",
    "SESSION_COOKIE_DOMAIN",
    "SESSION_COOKIE_PATH",
    "CSRF_COOKIE_NAME",
    "CSRF_COOKIE_SECURE",
    "CSRF_COOKIE_SAMESITE",
    "CSRF_COOKIE_DOMAIN",
    "CSRF_COOKIE_PATH",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SECURE_SSL_REDIRECT",
    "SECURE_PROXY_SSL_HEADER",
]
PRINT_SETTINGS = (
    "import json, django; django.setup(); from django.conf import settings; "
    f"print(json.dumps({{name: getattr(settings, name) for name in {PRODUCTION_SETTINGS!r}}}))"
)


def production_env(tmp_path: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    env.update(
        TILTAS_ENV="production",
        DJANGO_SETTINGS_MODULE="config.settings",
        SECRET_KEY="production-like-" + "k3y" * 20,
        ALLOWED_HOSTS="tiltas.example",
        TILTAS_VAR_DIR=str(tmp_path),
        DATABASE_URL=f"sqlite:///{tmp_path / 'deploy.sqlite3'}",
        REDIS_URL="redis://127.0.0.1:6379/0",  # required; the checks do not connect
        MFA_ENCRYPTION_KEY="Y2ktb25seS1tZmEta2V5LW5vdC1mb3ItcHJvZHVjdGk=",  # required
        CREDENTIALS_SIGNING_KEY="Y2ktb25seS1zaWduaW5nLWtleS1ub3QtZm9yLXByb2Q=",  # required
        WHISTLEBLOWING_ENCRYPTION_KEY="Y2ktb25seS13aGlzdGxlLWtleS1ub3QtZm9yLXByb2Q=",  # required
        TILTAS_BASE_URL="https://tiltas.example",  # required: links in e-mails
    )
    env.pop("DEBUG", None)
    return env


def run_python(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603 - our own interpreter and manage.py
        [sys.executable, *args], cwd=BASE_DIR, env=env, capture_output=True, text=True, timeout=120
    )


def test_check_deploy_passes_with_production_settings(tmp_path):
    result = run_python(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"], production_env(tmp_path)
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture(scope="module")
def production_settings(tmp_path_factory) -> dict:
    result = run_python(["-c", PRINT_SETTINGS], production_env(tmp_path_factory.mktemp("prod")))
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout.strip().splitlines()[-1])
    if values["SECURE_PROXY_SSL_HEADER"] is not None:
        values["SECURE_PROXY_SSL_HEADER"] = tuple(values["SECURE_PROXY_SSL_HEADER"])
    return values


def test_production_settings_are_strict(production_settings):
    assert production_settings["DEBUG"] is False
    assert production_settings["SECURE_HSTS_SECONDS"] >= ONE_YEAR
    assert production_settings["SECURE_SSL_REDIRECT"] is True


@pytest.mark.django_db
def test_production_cookies_are_host_only_secure_and_same_site(production_settings, member):
    with override_settings(**production_settings), translation.override("lt"):
        client = Client()
        response = client.get(reverse("account_login"), secure=True)
        assert response.status_code == 200
        csrf = response.cookies[production_settings["CSRF_COOKIE_NAME"]]

        response = client.post(
            reverse("account_login"), {"login": member.email, "password": PASSWORD}, secure=True
        )
        assert response.status_code == 302
        session = response.cookies[production_settings["SESSION_COOKIE_NAME"]]

    for cookie in (csrf, session):
        assert cookie.key.startswith("__Host-"), cookie.key
        # __Host- cookies are only accepted with Secure, Path=/ and no Domain.
        assert cookie["secure"] is True, cookie.key
        assert cookie["path"] == "/", cookie.key
        assert not cookie["domain"], cookie.key
        assert cookie["samesite"] in {"Lax", "Strict"}, cookie.key
    assert session["httponly"] is True


@pytest.mark.django_db
def test_production_sends_hsts_over_https_and_redirects_http(production_settings):
    with override_settings(**production_settings), translation.override("lt"):
        client = Client()
        secure = client.get(reverse("portal:home"), secure=True)
        plain = client.get(reverse("portal:home"))
    hsts = secure["Strict-Transport-Security"]
    max_age = int(re.search(r"max-age=(\d+)", hsts).group(1))
    assert max_age >= ONE_YEAR and "includeSubDomains" in hsts, hsts
    assert plain.status_code == 301 and plain["Location"].startswith("https://")


# --- CSRF (AC-3) -----------------------------------------------------------------


@pytest.mark.django_db
def test_sign_out_without_csrf_token_is_refused(member):
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)
    with translation.override("lt"):
        logout, dashboard = reverse("account_logout"), reverse("core:dashboard")
    assert client.post(logout).status_code == 403
    assert client.get(dashboard).status_code == 200, "the forged sign-out signed the member out"
    # A GET only asks for confirmation: following a link never signs anyone out.
    assert client.get(logout).status_code == 200
    assert client.get(dashboard).status_code == 200


CSRF_EXEMPT = re.compile(r"\bcsrf_exempt\b")


def test_csrf_exempt_only_on_the_allowlist():
    found = []
    for folder in ("tiltas", "config"):
        for path in sorted((BASE_DIR / folder).rglob("*")):
            # Test modules never reach the production URLconf; they may build their own views.
            if path.suffix not in {".py", ".html"} or "tests" in path.parts:
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if CSRF_EXEMPT.search(line):
                    found.append(f"{path.relative_to(BASE_DIR)}:{number}: {line.strip()}")
    unexpected = [hit for hit in found if hit.split(":", 1)[0] not in CSRF_EXEMPT_ALLOWLIST]
    assert not unexpected, "csrf_exempt outside the reviewed allowlist:\n" + "\n".join(unexpected)


@pytest.mark.django_db
def test_the_content_security_policy_allows_exactly_our_own_scripts_and_styles(client):
    header = client.get(reverse("portal:home"))["Content-Security-Policy"]
    directives = {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}
    script = directives["script-src"]
    # 'self', and a nonce only on pages that use one.
    assert script[0] == "'self'" and all(value.startswith("'nonce-") for value in script[1:])
    assert len(script) <= 2
    assert directives["style-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert not any("unsafe" in value for values in directives.values() for value in values)


@pytest.mark.django_db
def test_every_page_switches_off_the_browser_features_we_never_use(client):
    policy = client.get(reverse("portal:home"))["Permissions-Policy"]
    assert "camera=()" in policy and "geolocation=()" in policy and "microphone=()" in policy


def test_scale_data_refuses_to_make_people_up_in_production(tmp_path):
    result = run_python(["-m", "bench.scale_data", "--scale", "0.01"], production_env(tmp_path))
    assert result.returncode != 0
    assert "not generated under production" in result.stderr


def test_without_tiltas_env_the_settings_are_production_ones(tmp_path):
    env = production_env(tmp_path)
    del env["TILTAS_ENV"]
    env["EMAIL_HOST"] = "smtp.example.org"
    code = (
        "import config.settings as s; "
        "print(s.ENV, s.DEBUG, s.MAILERS['default']['OPTIONS']['use_tls'])"
    )
    result = run_python(["-c", code], env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["production", "False", "True"]
    del env["SECRET_KEY"]
    assert run_python(["-c", code], env).returncode != 0  # no secret key: refused


@pytest.mark.parametrize(
    ("profile", "debug"),
    [("development", "True"), ("test", "False"), ("bench", "False"), ("production", "False")],
)
def test_debug_is_on_only_when_development_is_asked_for(tmp_path, profile, debug):
    env = {**production_env(tmp_path), "TILTAS_ENV": profile}
    result = run_python(["-c", "import config.settings as s; print(s.DEBUG)"], env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [debug]


@pytest.mark.parametrize(
    ("mail", "refused"),
    [
        ({"EMAIL_HOST": "smtp.example.org", "EMAIL_USE_TLS": "0"}, True),
        ({"EMAIL_HOST": "smtp.example.org"}, False),  # TLS by default
        ({"EMAIL_HOST": "smtp.example.org", "EMAIL_USE_SSL": "1", "EMAIL_PORT": "465"}, False),
        ({"EMAIL_HOST": "localhost", "EMAIL_USE_TLS": "0"}, False),  # this machine's relay
    ],
)
def test_production_refuses_a_remote_smtp_server_without_tls(tmp_path, mail, refused):
    result = run_python(["manage.py", "check"], {**production_env(tmp_path), **mail})
    assert (result.returncode != 0) is refused, result.stdout + result.stderr
    assert ("tiltas.E005" in result.stderr) is refused


def test_old_secret_keys_are_taken_from_the_environment(tmp_path):
    env = {**production_env(tmp_path), "SECRET_KEY_FALLBACKS": "an-old-key,an-older-key"}
    result = run_python(["-c", "import config.settings as s; print(*s.SECRET_KEY_FALLBACKS)"], env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["an-old-key", "an-older-key"]
