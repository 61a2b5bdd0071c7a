"""Creating and revoking personal API tokens."""

import hashlib
import secrets
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from tiltas.accounts.models import User
from tiltas.core.audit import audit_record

from .models import ApiToken

#: What a token starts with, so that a leaked one is recognised (secret scanners).
TOKEN_MARK = "tlt"  # noqa: S105 - a public prefix, not a secret
#: How long a token may live at the most, in days.
LONGEST_LIFE_DAYS = 365


def token_digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def token_create(*, person: User, name: str, scope: str, days: int) -> tuple[ApiToken, str]:
    """A new token and its text, which is shown once and never stored."""
    if not 1 <= days <= LONGEST_LIFE_DAYS:
        raise ValidationError(
            _("A token lives for 1 to %(days)d days.") % {"days": LONGEST_LIFE_DAYS}
        )
    prefix = secrets.token_hex(6)
    text = f"{TOKEN_MARK}_{prefix}_{secrets.token_urlsafe(32)}"
    token = ApiToken(
        person=person,
        name=name.strip(),
        prefix=prefix,
        digest=token_digest(text),
        scope=scope,
        expires_at=timezone.now() + timedelta(days=days),
    )
    try:
        with transaction.atomic():
            token.save()
            audit_record(actor=person, action="api.token.created", obj=token)
    except IntegrityError as exc:
        raise ValidationError(
            {"name": _("You already have a token with this name.")}, code="duplicate"
        ) from exc
    return token, text


def token_revoke(*, token: ApiToken, actor: User) -> None:
    with transaction.atomic():
        updated = ApiToken.objects.filter(pk=token.pk, revoked_at__isnull=True).update(
            revoked_at=timezone.now()
        )
        if updated:
            audit_record(actor=actor, action="api.token.revoked", obj=token)
