"""Tiltas settings: one module, switched by environment variables.

TILTAS_ENV selects the profile: ``development``, ``test``, ``production``
(the default: nothing insecure unless asked for) or ``bench``. Everything
that differs between machines comes from the environment (DATABASE_URL,
REDIS_URL, SECRET_KEY, DEBUG, ALLOWED_HOSTS, EMAIL_*).
"""

import base64
import hashlib
import os
import secrets
from pathlib import Path

import dj_database_url
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("TILTAS_VAR_DIR", BASE_DIR / "var"))
VAR_DIR.mkdir(parents=True, exist_ok=True)

# Unset means production: DEBUG and the other development conveniences only when
# asked for (``make run`` sets TILTAS_ENV=development, ``make test`` sets test).
ENV = os.environ.get("TILTAS_ENV", "production")
PRODUCTION = ENV in {"production", "bench"}
TESTING = ENV == "test"


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    return default if value is None else value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def _kept_in_var(name: str, value: str) -> str:
    """Development and tests: a key generated once and kept in var/, never in git."""
    path = VAR_DIR / name
    if not path.exists():
        path.write_text(value)
        path.chmod(0o600)
    return path.read_text().strip()


def _fernet_key() -> str:
    """A new key in the format of ``cryptography.fernet.Fernet.generate_key()``."""
    return base64.urlsafe_b64encode(secrets.token_bytes(32)).decode()


def _secret_key() -> str:
    if key := os.environ.get("SECRET_KEY"):
        return key
    if PRODUCTION:
        raise RuntimeError("SECRET_KEY must be set in production.")
    return _kept_in_var("secret_key", secrets.token_urlsafe(64))


SECRET_KEY = _secret_key()
# Rotation: the new key in SECRET_KEY, the old one here (comma-separated) until
# sessions and reset links signed with it have expired (README, "The keys").
SECRET_KEY_FALLBACKS = env_list("SECRET_KEY_FALLBACKS", "")
DEBUG = env_bool("DEBUG", ENV == "development")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "" if PRODUCTION else "127.0.0.1,localhost,testserver")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "modeltranslation",  # must precede django.contrib.admin
    "tiltas.core.apps.TiltasAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "django.contrib.postgres",  # the network search's vector field (plain on SQLite)
    "tiltas.accounts",  # before allauth: its templates override allauth's
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django_tasks_db",
    "tiltas.core",
    "tiltas.portal",
    "tiltas.reports",
    "tiltas.indicators",
    "tiltas.competencies",
    "tiltas.notifications",
    "tiltas.learning",
    "tiltas.events",
    "tiltas.credentials",
    "tiltas.network",
    "tiltas.integrity",
    "tiltas.evidence",
    "tiltas.whistleblowing",
    "tiltas.api",
    "ninja",  # the API's interactive docs, served from our own static files
]

MIDDLEWARE = [
    "tiltas.core.middleware.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "tiltas.core.middleware.SessionLifetimeMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "tiltas.core.middleware.PrivateNoStoreMiddleware",
    "tiltas.core.middleware.PermissionsPolicyMiddleware",
    # Last: a 413 for an oversized body, before anything reads it (it has the
    # language and the headers of every other page).
    "tiltas.core.uploads.RequestSizeLimitMiddleware",
]
#: Browser features switched off on every page (the Permissions-Policy header).
PERMISSIONS_POLICY = (
    "camera",
    "microphone",
    "geolocation",
    "payment",
    "usb",
    "interest-cohort",
    "browsing-topics",
)

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        # bench/templates holds the benchmark's floor page (bench profile only).
        "DIRS": [BASE_DIR / "tiltas" / "templates"]
        + ([BASE_DIR / "bench" / "templates"] if ENV == "bench" else []),
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "tiltas.core.context_processors.site",
                "tiltas.notifications.context_processors.unread",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'tiltas.sqlite3'}"),
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    DATABASES["default"]["OPTIONS"] = {
        "init_command": (
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;"
        ),
        "transaction_mode": "IMMEDIATE",
    }
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / f"test-{os.getpid()}.sqlite3")}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

if REDIS_URL := os.environ.get("REDIS_URL"):
    # Keys are prefixed per database, so two sites (or a staging copy) sharing
    # one Redis never read each other's sessions or pages.
    _database = DATABASES["default"]
    _database_id = f"{_database.get('HOST')}:{_database.get('PORT')}/{_database['NAME']}"
    _redis = {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX")
        or hashlib.sha256(_database_id.encode()).hexdigest()[:12],
    }
    _timeouts = {"SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5}
    CACHES = {
        # An unreachable Redis is a cache that misses, after half a second at
        # most, never a hanging worker or an error page. allauth keeps its rate
        # limits and used TOTP codes here (it has no setting for another alias);
        # a failed add() answers None, which it reads as "locked" / "code used":
        # while Redis is down sign-ins are refused, never let through.
        "default": {**_redis, "OPTIONS": {**_timeouts, "IGNORE_EXCEPTIONS": True}},
        # Tiltas's own rate limits (tiltas.core.throttle): an error here is an
        # error, answered 503, never a count that silently starts again.
        "counters": {**_redis, "OPTIONS": _timeouts},
    }
    # Sessions read from the shared cache, written to both (the database keeps them).
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    # Per process: development and tests only (production refuses to start,
    # tiltas.core.checks).
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "counters": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "c"},
    }
# An unreachable Redis is reported by /healthz, not by a log line per cache call.
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = False

#: Anonymous pages and the data every signed-in page shares, kept per scope
#: (tiltas.core.scopes): only with a cache all workers share, or in development
#: (one process). PAGE_CACHE=0 or 1 overrides.
PAGE_CACHE = env_bool("PAGE_CACHE", bool(REDIS_URL) or ENV == "development")


def _release() -> str:
    """The code's version: part of every cached page's key, so a deploy starts
    with none of the pages the old code rendered. TILTAS_RELEASE (e.g. the
    commit) or a hash of the code and templates."""
    if release := os.environ.get("TILTAS_RELEASE"):
        return release
    digest = hashlib.sha256()
    for path in sorted((BASE_DIR / "tiltas").rglob("*")):
        if path.suffix in {".py", ".html", ".mo"} and "tests" not in path.parts:
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


RELEASE = _release()

TASKS = {
    "default": {
        "BACKEND": (
            "django.tasks.backends.immediate.ImmediateBackend"
            if TESTING
            else "django_tasks_db.backend.DatabaseBackend"
        )
    }
}

# --- People and sign-in -------------------------------------------------------

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
if TESTING:
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "core:dashboard"
ACCOUNT_ADAPTER = "tiltas.accounts.adapters.AccountAdapter"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_SIGNUP_FORM_CLASS = "tiltas.accounts.forms.SignupDetailsForm"
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_LOGOUT_ON_GET = False
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_SESSION_REMEMBER = False
ACCOUNT_REAUTHENTICATION_TIMEOUT = 300
ACCOUNT_REAUTHENTICATION_REQUIRED = True
# Security e-mails: password, e-mail address and second-factor changes.
ACCOUNT_EMAIL_NOTIFICATIONS = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Tiltas] "
ACCOUNT_RATE_LIMITS = {
    # Ten failed sign-ins per account in 5 minutes; twenty per IP per minute.
    "login_failed": "20/m/ip,10/5m/key",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Tiltas"
# TOTP secrets and recovery-code seeds are stored encrypted (Fernet) with
# MFA_ENCRYPTION_KEY: comma-separated keys, the first encrypts, all decrypt (a
# new key goes first, then `manage.py mfa_encrypt` re-encrypts). Required in
# production (tiltas.core.checks); development and tests keep one in var/.
MFA_ADAPTER = "tiltas.accounts.adapters.MFAAdapter"
MFA_ENCRYPTION_KEYS = env_list("MFA_ENCRYPTION_KEY", "") or (
    [] if ENV == "production" else [_kept_in_var("mfa_key", _fernet_key())]
)
# Whistleblowing reports, their messages and files are stored encrypted (Fernet)
# with WHISTLEBLOWING_ENCRYPTION_KEY: comma-separated keys, the first encrypts,
# all decrypt (a new key goes first). Required in production (tiltas.core.checks);
# development and tests keep one in var/.
WHISTLEBLOWING_ENCRYPTION_KEYS = env_list("WHISTLEBLOWING_ENCRYPTION_KEY", "") or (
    [] if ENV == "production" else [_kept_in_var("whistleblowing_key", _fernet_key())]
)
# Backups are encrypted with BACKUP_KEY (tiltas.core.backup), kept out of the
# archive; only `manage.py backup` and `restore` need it.
BACKUP_KEY = os.environ.get("BACKUP_KEY", "") or (
    "" if ENV == "production" else _kept_in_var("backup_key", _fernet_key())
)

# Open Badges 3.0 credentials are signed (VC-JWT, Ed25519) with
# CREDENTIALS_SIGNING_KEY: the 32-byte private key, url-safe base64. Its public
# half is published (/badges/did.json, /badges/jwks.json); a new key makes
# earlier credentials unverifiable. Required in production (tiltas.core.checks);
# development and tests keep one in var/.
CREDENTIALS_SIGNING_KEY = os.environ.get("CREDENTIALS_SIGNING_KEY", "") or (
    "" if ENV == "production" else _kept_in_var("credentials_signing_key", _fernet_key())
)

SESSION_COOKIE_AGE = 30 * 60  # idle timeout, renewed by SessionLifetimeMiddleware
#: The idle timeout is renewed at most this often: a session write on every page
#: view would cost a database write per request for nothing.
SESSION_RENEW_SECONDS = 60
SESSION_ABSOLUTE_LIFETIME = 12 * 60 * 60
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"

# --- Languages ----------------------------------------------------------------

LANGUAGE_CODE = "lt"
LANGUAGES = [("lt", _("Lithuanian")), ("en", _("English")), ("nb", _("Norwegian Bokmål"))]
MODELTRANSLATION_DEFAULT_LANGUAGE = "lt"
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("lt", "en"), "lt": ("en",)}
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "Europe/Vilnius"
USE_TZ = True

# --- Files --------------------------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
if TESTING:
    # Each test process gets its own throw-away folder for uploads.
    MEDIA_ROOT = VAR_DIR / "test-media" / str(os.getpid())
# Uploads are never served from MEDIA_URL: permission-checked views stream them.
MEDIA_URL = "/media-not-served/"
# Evidence bundles (ZIP archives of names and signatures for the donor) are kept
# apart from the uploads, in a folder of their own that nothing serves.
EVIDENCE_ROOT = Path(os.environ.get("EVIDENCE_ROOT", VAR_DIR / "evidence"))
if TESTING:
    EVIDENCE_ROOT = VAR_DIR / "test-evidence" / str(os.getpid())
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "evidence": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": EVIDENCE_ROOT, "base_url": None, "file_permissions_mode": 0o600},
    },
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if PRODUCTION
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_PERMISSIONS = 0o640

# --- E-mail -------------------------------------------------------------------

DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Tiltas <noreply@tiltas.example>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
if PRODUCTION or os.environ.get("EMAIL_HOST"):
    _smtp_ssl = env_bool("EMAIL_USE_SSL", False)  # implicit TLS (port 465)
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": os.environ.get("EMAIL_HOST", "localhost"),
                "port": int(os.environ.get("EMAIL_PORT", "25")),
                "username": os.environ.get("EMAIL_HOST_USER", ""),
                "password": os.environ.get("EMAIL_HOST_PASSWORD", ""),
                # STARTTLS unless the SMTP server is on this machine; production
                # refuses a remote one without TLS (tiltas.core.checks).
                "use_tls": env_bool(
                    "EMAIL_USE_TLS",
                    not _smtp_ssl
                    and os.environ.get("EMAIL_HOST", "localhost") not in {"localhost", "127.0.0.1"},
                ),
                "use_ssl": _smtp_ssl,
            },
        }
    }
else:
    # Development: e-mails are printed by the runserver / db_worker console.
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}

# --- Security headers ---------------------------------------------------------

SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "form-action": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "frame-ancestors": [CSP.NONE],
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
#: How many proxies of ours stand in front of gunicorn (the TLS proxy: 1). The
#: client is that many entries from the right of X-Forwarded-For; 0 reads
#: REMOTE_ADDR and ignores the header (tiltas.core.requests.client_ip).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
# allauth's own rate limits count by the same address (the account adapter
# also hands it ours): one rule, not two.
ALLAUTH_TRUSTED_PROXY_COUNT = TRUSTED_PROXY_COUNT

if PRODUCTION:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = 365 * 24 * 60 * 60
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_NAME = "__Host-sessionid"
    CSRF_COOKIE_SECURE = True
    CSRF_COOKIE_NAME = "__Host-csrftoken"

if ENV == "bench":
    # The load benchmark: wrk talks plain HTTP to gunicorn on localhost, no TLS proxy.
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", False)

# --- Logging ------------------------------------------------------------------

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"level": "ERROR"},
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
        # The request log is for production; tests and development stay quiet.
        "tiltas.request": {"level": "INFO" if PRODUCTION else "WARNING"},
    },
}

# --- Tiltas -------------------------------------------------------------------

TILTAS_SITE_NAME = "Tiltas"
TILTAS_LOGO_MAX_BYTES = 2 * 1024 * 1024
TILTAS_UPLOAD_MAX_BYTES = 20 * 1024 * 1024
#: A request body larger than this is answered 413 unread (the largest upload
#: and the form around it); the proxy's limit should match (README).
TILTAS_REQUEST_MAX_BYTES = TILTAS_UPLOAD_MAX_BYTES + 1024 * 1024
#: Images with more pixels are refused before they are decoded.
TILTAS_IMAGE_MAX_PIXELS = 30_000_000
# The site's address, for the links that are built outside a request (e-mails
# from the worker and the scheduler, calendar files, certificates, badges); one
# value for every process. Production refuses to start without it (tiltas.E010).
TILTAS_BASE_URL = os.environ.get(
    "TILTAS_BASE_URL", "" if PRODUCTION else "http://127.0.0.1:8000"
).rstrip("/")
# Event participants are anonymised this many months after the event.
TILTAS_EVENT_RETENTION_MONTHS = int(os.environ.get("TILTAS_EVENT_RETENTION_MONTHS", "36"))
# Evidence bundles are deleted this many days after they were built.
TILTAS_EVIDENCE_KEEP_DAYS = int(os.environ.get("TILTAS_EVIDENCE_KEEP_DAYS", "7"))
# Closed whistleblowing cases, their messages and files are deleted this many years after closing.
WHISTLEBLOWING_RETENTION_YEARS = int(os.environ.get("WHISTLEBLOWING_RETENTION_YEARS", "5"))
# Audit entries keep the whole IP address this many days, then its network only.
TILTAS_AUDIT_ADDRESS_DAYS = int(os.environ.get("TILTAS_AUDIT_ADDRESS_DAYS", "90"))
# Demo staff share one TOTP secret so the README can say how to get a code.
TILTAS_DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"  # noqa: S105 - public demo value
