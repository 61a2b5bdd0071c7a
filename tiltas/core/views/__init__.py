from .errors import page_not_found, permission_denied, server_error
from .health import healthz
from .personal import dashboard, manage, mfa_required, session_renew

__all__ = [
    "dashboard",
    "healthz",
    "manage",
    "mfa_required",
    "page_not_found",
    "permission_denied",
    "server_error",
    "session_renew",
]
