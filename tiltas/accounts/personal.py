"""Personal-data sources of accounts (and of the core audit log and the Django
admin's history, which have no app of their own to register them)."""

from typing import Any

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db.models import F, Value
from django.db.models.functions import Concat

from tiltas.core.audit import audit_addresses_shorten
from tiltas.core.models import AuditEntry
from tiltas.core.personal_data import PersonalDataSource

from .models import ConsentRecord, LoginRecord, User
from .services import ERASED_NAME, erase_account_records


def _when(value: Any) -> str | None:
    return value.isoformat() if value else None


def export_account(user: User) -> dict[str, Any]:
    return {
        "person": {
            "email": user.email,
            "full_name": user.full_name,
            "preferred_language": user.preferred_language,
            "country": user.country,
            "position": user.position,
            "organisation": user.organisation.name if user.organisation else None,
            "sex": user.sex,
            "role": user.role,
            "is_active": user.is_active,
            "date_joined": _when(user.date_joined),
            "last_login": _when(user.last_login),
            "groups": list(user.groups.values_list("name", flat=True)),
        },
        "sign_ins": [_when(at) for at in user.login_records.values_list("at", flat=True)],
        "email_addresses": list(
            EmailAddress.objects.filter(user=user).values("email", "verified", "primary")
        ),
        "consents": [
            {"notice": c.notice, "version": c.version, "given": c.given, "at": _when(c.at)}
            for c in ConsentRecord.objects.filter(person=user).order_by("at", "pk")
        ],
        # Which second factors exist and when they were used; never their secrets.
        "authenticators": [
            {
                "type": a.type,
                "created_at": _when(a.created_at),
                "last_used_at": _when(a.last_used_at),
            }
            for a in Authenticator.objects.filter(user=user)
        ],
    }


def export_audit(user: User) -> list[dict[str, Any]]:
    return [
        {
            "at": _when(entry.at),
            "action": entry.action,
            "object_type": entry.object_type,
            "object_id": entry.object_id,
            "changed_fields": entry.changed_fields,
            "ip_address": entry.ip_address,
        }
        for entry in AuditEntry.objects.filter(actor=user).order_by("at", "id")
    ]


def erase_audit(user: User) -> None:
    # The log is append-only and its rows stay: they name the person by id
    # only, and that id now belongs to an anonymised row. Where they were is
    # cut to the network now rather than after the retention period.
    audit_addresses_shorten(actor_id=user.pk)


def export_admin_log(user: User) -> list[dict[str, Any]]:
    return [
        {"at": _when(entry.action_time), "object": entry.object_repr, "action": entry.action_flag}
        for entry in LogEntry.objects.filter(user=user).order_by("action_time")
    ]


def erase_admin_log(user: User) -> None:
    # Entries about the person carry their name as the object's label, and
    # those about their e-mail addresses the address (allauth's __str__).
    LogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(User), object_id=str(user.pk)
    ).update(object_repr=ERASED_NAME, change_message="")
    addresses = [
        str(pk) for pk in EmailAddress.objects.filter(user=user).values_list("pk", flat=True)
    ]
    LogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(EmailAddress), object_id__in=addresses
    ).update(object_repr=Concat(Value("account.emailaddress #"), F("object_id")), change_message="")


ACCOUNT = PersonalDataSource(
    "accounts",
    models=(
        User,
        User.groups.through,
        User.user_permissions.through,
        EmailAddress,
        Authenticator,
        LoginRecord,
        ConsentRecord,
    ),
    export=export_account,
    erase=erase_account_records,
    order=1000,
)
AUDIT_LOG = PersonalDataSource(
    "audit_log", models=(AuditEntry,), export=export_audit, erase=erase_audit
)
ADMIN_LOG = PersonalDataSource(
    "admin_log", models=(LogEntry,), export=export_admin_log, erase=erase_admin_log
)
