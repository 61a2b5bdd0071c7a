from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "tiltas.accounts"
    label = "accounts"
    verbose_name = _("Accounts")

    def ready(self) -> None:
        from tiltas.core.access import MANAGERS
        from tiltas.core.navigation import MANAGE_SECTIONS, ManageSection

        from . import (
            counting,  # noqa: F401 - registers the unique-logins counter
            receivers,
        )
        from .models import Role
        from .personal import register_sources

        register_sources()
        receivers.connect()
        MANAGE_SECTIONS.append(
            ManageSection("accounts:manage_organisations", _("Organisations"), frozenset(MANAGERS))
        )
        MANAGE_SECTIONS.append(
            ManageSection(
                "accounts:manage_people", _("People and roles"), frozenset({Role.ADMINISTRATOR})
            )
        )
