from django.contrib import admin
from django.http import HttpRequest

from tiltas.accounts.models import Role

from .access import has_totp


class TiltasAdminSite(admin.AdminSite):
    """The Django admin: administrators only, and only after TOTP is set up."""

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
