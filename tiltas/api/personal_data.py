"""What the API app holds about a person: their tokens (never the token's text)."""

from typing import Any

from tiltas.accounts.models import User
from tiltas.core.personal_data import PersonalDataSource

from .models import ApiToken


def export_person(user: User) -> list[dict[str, Any]]:
    return [
        {
            "name": token.name,
            "scope": token.scope,
            "created_at": token.created_at.isoformat(),
            "expires_at": token.expires_at.isoformat(),
            "revoked_at": token.revoked_at.isoformat() if token.revoked_at else None,
        }
        for token in ApiToken.objects.filter(person=user)
    ]


def erase_person(user: User) -> None:
    ApiToken.objects.filter(person=user).delete()


API_TOKENS = PersonalDataSource(
    "api_tokens", models=(ApiToken,), export=export_person, erase=erase_person
)
