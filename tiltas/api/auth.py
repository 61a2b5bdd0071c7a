"""Bearer tokens for the management endpoints, and the scope each one needs."""

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja.errors import HttpError
from ninja.security import HttpBearer
from ninja.throttling import AuthRateThrottle

from tiltas.core.roles import is_manager

from .models import ApiToken, TokenScope
from .selectors import token_for

#: The answer documented for a trainer's token on a coordinator's endpoint.
NOT_A_MANAGER = {
    "description": "The token's holder is no coordinator or administrator",
    "content": {
        "application/json": {
            "schema": {"type": "object", "properties": {"detail": {}}, "required": ["detail"]}
        }
    },
}


class PersonalToken(HttpBearer):
    """``Authorization: Bearer tlt_…``: the person behind the token acts, with
    their own rights on every object (a trainer reaches the events they teach)."""

    def authenticate(self, request: HttpRequest, token: str) -> ApiToken | None:
        found = token_for(token)
        if found is not None:
            request.user = found.person
        return found


def require_write(request: HttpRequest) -> None:
    token: ApiToken = request.auth  # type: ignore[attr-defined]
    if token.scope != TokenScope.WRITE:
        raise HttpError(403, _("This token may only read."))


def require_manager(request: HttpRequest) -> None:
    """Reports, evidence and exact figures are the coordinators' (403 for a trainer)."""
    if not is_manager(request.user):
        raise HttpError(403, _("Only a coordinator's or administrator's token reaches this."))


class ExportThrottle(AuthRateThrottle):
    """Downloads that draw or send much, counted per token apart from its other calls."""

    scope = "api-exports"

    def get_cache_key(self, request: HttpRequest) -> str:
        return self.cache_format % {"scope": self.scope, "ident": f"token-{request.auth.pk}"}  # type: ignore[attr-defined]
