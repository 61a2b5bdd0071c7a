"""System checks of a production configuration (and of the keys anywhere).

``manage.py check`` and ``migrate`` run them, and ``config/wsgi.py`` runs
them before gunicorn serves a request (gunicorn runs no checks of its own):
production refuses to start with a configuration that would quietly weaken
it. The ``bench`` profile, a benchmark on one machine, is not checked.
"""

import base64
from typing import Any
from urllib.parse import urlsplit

from cryptography.fernet import Fernet
from django.conf import settings
from django.core.checks import CheckMessage, Error, register, run_checks
from django.core.exceptions import ImproperlyConfigured

TAG = "tiltas"

#: Caches that live in one worker's memory: counts kept there are per worker.
PER_PROCESS = frozenset(
    {
        "django.core.cache.backends.locmem.LocMemCache",
        "django.core.cache.backends.dummy.DummyCache",
    }
)


def _cache_errors() -> list[CheckMessage]:
    errors: list[CheckMessage] = []
    for alias in ("default", "counters"):
        config = settings.CACHES.get(alias)
        if config is None or config.get("BACKEND") in PER_PROCESS:
            errors.append(
                Error(
                    f"The {alias!r} cache is not shared by the workers: rate limits and "
                    "used TOTP codes would be counted per worker.",
                    hint="Set REDIS_URL (e.g. redis://127.0.0.1:6379/0).",
                    id="tiltas.E001",
                )
            )
    counters: dict[str, Any] = dict(settings.CACHES.get("counters") or {})
    if (counters.get("OPTIONS") or {}).get("IGNORE_EXCEPTIONS"):
        errors.append(
            Error(
                "The 'counters' cache ignores errors: a rate limit would let everything "
                "through while Redis is down.",
                id="tiltas.E002",
            )
        )
    return errors


def _key_errors() -> list[CheckMessage]:
    errors: list[CheckMessage] = []
    if not settings.MFA_ENCRYPTION_KEYS:
        errors.append(
            Error(
                "MFA_ENCRYPTION_KEY is not set: TOTP secrets cannot be stored encrypted.",
                hint="Generate one: python -c 'from cryptography.fernet import Fernet; "
                "print(Fernet.generate_key().decode())', and keep it apart from the backups.",
                id="tiltas.E003",
            )
        )
    if not settings.WHISTLEBLOWING_ENCRYPTION_KEYS:
        errors.append(
            Error(
                "WHISTLEBLOWING_ENCRYPTION_KEY is not set: whistleblowing reports cannot be "
                "stored encrypted.",
                hint="Generate one: python -c 'from cryptography.fernet import Fernet; "
                "print(Fernet.generate_key().decode())', and keep it apart from the backups.",
                id="tiltas.E007",
            )
        )
    if not settings.CREDENTIALS_SIGNING_KEY:
        errors.append(
            Error(
                "CREDENTIALS_SIGNING_KEY is not set: Open Badges 3.0 credentials cannot be signed.",
                hint="Generate one: python -c 'import base64, secrets; "
                "print(base64.urlsafe_b64encode(secrets.token_bytes(32)).decode())', and "
                "keep it: a new key makes the credentials issued before unverifiable.",
                id="tiltas.E006",
            )
        )
    return errors


def _signing_key_errors() -> list[CheckMessage]:
    key = settings.CREDENTIALS_SIGNING_KEY
    try:
        valid = not key or len(base64.urlsafe_b64decode(key.encode())) == 32
    except ValueError:
        valid = False
    if valid:
        return []
    return [
        Error(
            "CREDENTIALS_SIGNING_KEY is not a key of 32 url-safe base64-encoded bytes.",
            id="tiltas.E004",
        )
    ]


def _key_format_errors() -> list[CheckMessage]:
    errors: list[CheckMessage] = []
    for name, keys in (
        ("MFA_ENCRYPTION_KEY", settings.MFA_ENCRYPTION_KEYS),
        ("WHISTLEBLOWING_ENCRYPTION_KEY", settings.WHISTLEBLOWING_ENCRYPTION_KEYS),
        ("BACKUP_KEY", [settings.BACKUP_KEY] if settings.BACKUP_KEY else []),
    ):
        for key in keys:
            try:
                Fernet(key)
            except ValueError:
                errors.append(
                    Error(
                        f"{name} is not a key of 32 url-safe base64-encoded bytes.",
                        id="tiltas.E004",
                    )
                )
    return errors


#: SMTP servers on this machine: the message never crosses a network in clear.
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})


def _mail_errors() -> list[CheckMessage]:
    errors: list[CheckMessage] = []
    for alias, mailer in getattr(settings, "MAILERS", {}).items():
        if not mailer.get("BACKEND", "").endswith("smtp.EmailBackend"):
            continue
        options = mailer.get("OPTIONS") or {}
        host = options.get("host", "localhost")
        if host not in LOCAL_HOSTS and not (options.get("use_tls") or options.get("use_ssl")):
            errors.append(
                Error(
                    f"The {alias!r} mailer sends to {host} without TLS: sign-in links, "
                    "reset keys and personal data would cross the network in clear.",
                    hint="Set EMAIL_USE_TLS=1 (STARTTLS) or EMAIL_USE_SSL=1 (port 465).",
                    id="tiltas.E005",
                )
            )
    return errors


def _base_url_errors() -> list[CheckMessage]:
    address = urlsplit(settings.TILTAS_BASE_URL)
    if (
        address.scheme == "https"
        and address.hostname in settings.ALLOWED_HOSTS
        and not address.path
    ):
        return []
    return [
        Error(
            f"TILTAS_BASE_URL is {settings.TILTAS_BASE_URL!r}: the links in e-mails, "
            "calendar files and certificates need the site's own https address, one of "
            "ALLOWED_HOSTS, the same for the web server, the worker and the scheduler.",
            hint="Set TILTAS_BASE_URL=https://<host> for every process.",
            id="tiltas.E010",
        )
    ]


@register(TAG)
def production_check(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    errors = _key_format_errors() + _signing_key_errors()
    if settings.ENV == "production":
        errors += _cache_errors() + _key_errors() + _mail_errors() + _base_url_errors()
    return errors


def refuse_to_start_when_misconfigured() -> None:
    """Raise with every error of the checks above (for the WSGI entry point)."""
    serious = [message for message in run_checks(tags=[TAG]) if message.is_serious()]
    if serious:
        raise ImproperlyConfigured("\n".join(str(message) for message in serious))
