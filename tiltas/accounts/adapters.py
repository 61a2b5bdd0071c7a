"""Hooks Tiltas into allauth: the sign-in record, 429 on throttled sign-ins,
the person's own language after sign-in, an e-mail for a sign-in from a new
browser, second-factor secrets stored encrypted, and staff who keep their
second factor and set it up only after confirming a code sent to their address."""

from typing import Any

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core.exceptions import ImmediateHttpResponse
from allauth.mfa.adapter import DefaultMFAAdapter
from allauth.mfa.models import Authenticator
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from tiltas.core.requests import client_ip
from tiltas.core.roles import has_totp, is_staff
from tiltas.core.site import absolute_url

from . import known_browsers
from .encryption import secret_decrypt, secret_encrypt
from .models import User
from .selectors import user_signed_in_before
from .services import login_failed_record, login_record


def _language_of(user: Any) -> str | None:
    return getattr(user, "preferred_language", "") or translation.get_language()


class MFAAdapter(DefaultMFAAdapter):
    error_messages = {
        **DefaultMFAAdapter.error_messages,
        "cannot_delete_authenticator": _(
            "Staff roles sign in with a second factor: you cannot turn it off while you hold one."
        ),
    }

    def encrypt(self, text: str) -> str:
        # TOTP secrets and recovery-code seeds never reach the database in clear.
        return secret_encrypt(text)

    def decrypt(self, encrypted_text: str) -> str:
        return secret_decrypt(encrypted_text)

    def can_delete_authenticator(self, authenticator: Authenticator) -> bool:
        """Staff keep their last second factor (recovery codes alone are not one)."""
        if not is_staff(authenticator.user):
            return True
        others = Authenticator.objects.filter(user_id=authenticator.user_id).exclude(
            pk=authenticator.pk
        )
        return others.exclude(type=Authenticator.Type.RECOVERY_CODES).exists()


class AccountAdapter(DefaultAccountAdapter):
    def login(self, request: HttpRequest, user: Any) -> None:
        # Called once every stage (password, e-mail verification, TOTP) has
        # passed: this is the one place a sign-in really succeeds.
        super().login(request, user)
        login_record(user=user, request=request)

    def post_login(self, request: HttpRequest, user: Any, **kwargs: Any) -> HttpResponse:
        response = super().post_login(request, user, **kwargs)
        # A sign-in from a browser this account has not used tells the person
        # (not the first sign-in of all, nor the one that ends a sign-up).
        if (
            not kwargs.get("signup")
            and not known_browsers.is_known(request, user.pk)
            and user_signed_in_before(user=user)
        ):
            with translation.override(_language_of(user)):
                reset_url = absolute_url(reverse("account_reset_password"))
            self.send_notification_mail(
                "account/email/new_sign_in", user, {"password_reset_url": reset_url}
            )
        known_browsers.remember(request, response, user.pk)
        return response

    def send_notification_mail(
        self,
        template_prefix: str,
        user: Any,
        context: dict[str, Any] | None = None,
        email: str | None = None,
    ) -> None:
        # The security e-mails (password, e-mail address, second factor, a new
        # browser) in the person's own language, not the page's.
        with translation.override(_language_of(user)):
            super().send_notification_mail(template_prefix, user, context, email)

    def pre_authenticate(self, request: HttpRequest, **credentials: Any) -> None:
        # allauth answers a throttled sign-in with a form error (200); an
        # explicit 429 tells clients and monitoring what is going on.
        try:
            super().pre_authenticate(request, **credentials)
        except ValidationError as error:
            if error.code != "too_many_login_attempts":
                raise
            response = render(request, "account/too_many_attempts.html", status=429)
            raise ImmediateHttpResponse(response) from error

    def authentication_failed(self, request: HttpRequest, **credentials: Any) -> None:
        login_failed_record()

    def get_client_ip(self, request: HttpRequest) -> str:
        # allauth's rate limits count by the address core's one rule finds.
        ip = client_ip(request)
        if ip is None:
            raise PermissionDenied("Unable to determine client IP address")
        return ip

    def get_reauthentication_methods(self, user: Any) -> list[dict]:
        methods = super().get_reauthentication_methods(user)
        if is_staff(user) and not has_totp(user):
            # Staff setting up their second factor (or acting before they have):
            # the password may be all an attacker holds, so they confirm with a
            # code sent to their verified address instead.
            return [method for method in methods if method["id"] == "reauthenticate_by_code"]
        return methods

    def get_login_redirect_url(self, request: HttpRequest) -> str:
        # Without a ``next`` address: their home page, in their language.
        with translation.override(_preferred_language(request) or translation.get_language()):
            return super().get_login_redirect_url(request)

    def get_logout_redirect_url(self, request: HttpRequest) -> str:
        # The home page in the language they were reading, not "/" (which
        # would pick a language from the browser's settings).
        return reverse("portal:home")

    def add_message(
        self,
        request: HttpRequest,
        level: int,
        message_template: str | None = None,
        message_context: dict[str, Any] | None = None,
        extra_tags: str = "",
        message: str | None = None,
    ) -> None:
        # "Signed in as …" is shown on the page they land on, in its language.
        language = translation.get_language()
        if message_template == "account/messages/logged_in.txt":
            language = _preferred_language(request) or language
        with translation.override(language):
            super().add_message(
                request, level, message_template, message_context, extra_tags, message
            )


def _preferred_language(request: HttpRequest) -> str:
    """The signed-in person's own language, unless a ``next`` address chose the page."""
    user = request.user
    chosen = request.GET.get("next") or request.POST.get("next")
    return "" if chosen or not isinstance(user, User) else user.preferred_language
