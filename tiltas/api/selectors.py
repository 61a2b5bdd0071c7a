"""Reads of personal API tokens."""

import hmac

from django.db.models import QuerySet
from django.utils import timezone

from tiltas.accounts.models import User
from tiltas.core.roles import is_teacher

from .models import ApiToken
from .services import TOKEN_MARK, token_digest


def tokens_of(person: User) -> QuerySet[ApiToken]:
    return ApiToken.objects.filter(person=person)


def token_for(text: str) -> ApiToken | None:
    """The active token ``text`` is, held by an active trainer, coordinator or
    administrator with TOTP; None for anything else (unknown, expired, revoked,
    the role or the second factor since lost)."""
    parts = text.split("_", 2)  # the secret part may hold "_" too
    if len(parts) != 3 or parts[0] != TOKEN_MARK:
        return None
    token = (
        ApiToken.objects.select_related("person")
        .filter(prefix=parts[1], revoked_at__isnull=True, expires_at__gt=timezone.now())
        .first()
    )
    if token is None or not hmac.compare_digest(token.digest, token_digest(text)):
        return None
    return token if is_teacher(token.person) else None
