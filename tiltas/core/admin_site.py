from typing import Any

from allauth.account.decorators import secure_admin_login
from django.contrib import admin
from django.http import HttpRequest, HttpResponse

from tiltas.core.roles import Role

from .access import has_totp


class TiltasAdminSite(admin.AdminSite):
    """The Django admin: administrators only, and only after TOTP is set up.

    Its own login form would sign people in with a password alone, skipping
    TOTP and throttling: it sends them to allauth's sign-in instead.
    """

    site_header = "Tiltas"
    site_title = "Tiltas"

    def has_permission(self, request: HttpRequest) -> bool:
        user = request.user
        return bool(
            user.is_active
            and user.is_staff
            and getattr(user, "role", None) == Role.ADMINISTRATOR
            and has_totp(user)
        )

    def login(self, request: HttpRequest, extra_context: dict | None = None) -> HttpResponse:
        return secure_admin_login(super().login)(request, extra_context)


class NoDelete:
    """A ModelAdmin mixin: records are erased or anonymised by the services
    (account deletion, retention), never deleted one by one behind them."""

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class ReadOnly(NoDelete):
    """A ModelAdmin mixin: the admin only shows; changes go through the
    management pages and their services (audited, caches and people told)."""

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
