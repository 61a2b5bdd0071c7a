"""Audit entries for allauth's security events (LG-1).

allauth performs these changes itself (password, e-mail, second factor), so
the only place to record them is its signals; each receiver just calls the
``security_event_record`` service.
"""

from typing import Any

from allauth.account import signals as account_signals
from allauth.mfa import signals as mfa_signals
from allauth.mfa.models import Authenticator
from django.contrib.auth.signals import user_logged_out
from django.dispatch import Signal

from tiltas.core.roles import is_staff

from .services import security_event_record, staff_enrolment_record

EVENTS: list[tuple[Signal, str]] = [
    (account_signals.user_signed_up, "accounts.user.signed_up"),
    (account_signals.password_changed, "accounts.password.changed"),
    (account_signals.password_set, "accounts.password.set"),
    (account_signals.password_reset, "accounts.password.reset"),
    (account_signals.email_added, "accounts.email.added"),
    (account_signals.email_removed, "accounts.email.removed"),
    (account_signals.email_changed, "accounts.email.changed"),
    (account_signals.email_confirmed, "accounts.email.confirmed"),
    (mfa_signals.authenticator_added, "accounts.mfa.added"),
    (mfa_signals.authenticator_removed, "accounts.mfa.removed"),
    (mfa_signals.authenticator_reset, "accounts.mfa.reset"),
    (mfa_signals.authentication_failed, "accounts.mfa.failed"),
    (user_logged_out, "accounts.logout"),
]


def _receiver(action: str):
    def receive(sender: Any, **kwargs: Any) -> None:
        user = kwargs.get("user")
        if user is None:
            email_address = kwargs.get("email_address")
            user = getattr(email_address, "user", None)
        if user is None or not getattr(user, "pk", None):
            return
        authenticator = kwargs.get("authenticator")
        fields = [str(authenticator.type)] if authenticator is not None else []
        security_event_record(user=user, action=action, changed_fields=fields)

    return receive


def staff_enrolled(sender: Any, **kwargs: Any) -> None:
    """A TOTP set up by someone holding a staff role: the administrators are told."""
    user, authenticator = kwargs.get("user"), kwargs.get("authenticator")
    if authenticator is None or authenticator.type != Authenticator.Type.TOTP:
        return
    if is_staff(user):
        staff_enrolment_record(user=user)


_RECEIVERS = []


def connect() -> None:
    for signal, action in EVENTS:
        receiver = _receiver(action)
        _RECEIVERS.append(receiver)  # signals keep weak references
        signal.connect(receiver, dispatch_uid=action)
    mfa_signals.authenticator_added.connect(staff_enrolled, dispatch_uid="accounts.staff_enrolled")
