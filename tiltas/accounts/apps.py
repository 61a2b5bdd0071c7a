from django.utils.translation import gettext_lazy as _

from tiltas.core.platform import CacheScope, HomeCard, ManageSection, PlatformApp
from tiltas.core.roles import MANAGERS, Role


class AccountsConfig(PlatformApp):
    name = "tiltas.accounts"
    label = "accounts"
    verbose_name = _("Accounts")

    manage_sections = (
        ManageSection("accounts:manage_organisations", _("Organisations"), MANAGERS, order=10),
        ManageSection(
            "accounts:manage_people",
            _("People and roles"),
            frozenset({Role.ADMINISTRATOR}),
            order=11,
        ),
    )
    home_cards = (
        HomeCard(
            "accounts:profile",
            _("My profile"),
            _("Your name, organisation, position and language."),
            order=40,
        ),
        HomeCard(
            "mfa_index",
            _("Two-factor authentication"),
            _("Protect your account with a one-time code app."),
            order=50,
        ),
        HomeCard(
            "accounts:my_data",
            _("My data"),
            _("Download everything Tiltas holds about you, or delete your account."),
            order=60,
        ),
    )
    personal_data = (
        "tiltas.accounts.personal.ACCOUNT",
        "tiltas.accounts.personal.AUDIT_LOG",
        "tiltas.accounts.personal.ADMIN_LOG",
    )
    counters = {"accounts.unique_logins": "tiltas.accounts.counting.unique_logins"}
    demo_content = "tiltas.accounts.demo.load_demo"
    # Partners are on the public pages.
    cache_scopes = (CacheScope("accounts.Organisation"),)
    receivers = "tiltas.accounts.receivers.connect"
