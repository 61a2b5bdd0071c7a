"""Bearer tokens for the management endpoints, and the scope each one needs."""

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Router
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


class PerToken(AuthRateThrottle):
    """A rate counted per token, by its id (ninja's own key is the token's name,
    and two people's tokens may share a name)."""

    def __init__(self, rate: str, scope: str = "api") -> None:
        self.scope = scope
        super().__init__(rate)

    def get_cache_key(self, request: HttpRequest) -> str:
        token: ApiToken = request.auth  # type: ignore[attr-defined]
        return self.cache_format % {"scope": self.scope, "ident": f"token-{token.pk}"}


#: Downloads that draw or send much, counted apart from a token's other calls.
EXPORTS_LIMIT = [PerToken("30/10m", scope="api-exports")]


def manage_router() -> Router:
    """A router of management endpoints: a personal token, 120 calls a minute."""
    return Router(tags=["manage"], auth=PersonalToken(), throttle=[PerToken("120/m")])
