"""Bearer tokens for the management endpoints, and the scope each one needs."""

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja.errors import HttpError
from ninja.security import HttpBearer

from .models import ApiToken, TokenScope
from .selectors import token_for


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
