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
        _track_cached_pages()
        MANAGE_SECTIONS.append(
            ManageSection("accounts:manage_organisations", _("Organisations"), frozenset(MANAGERS))
        )
        MANAGE_SECTIONS.append(
            ManageSection(
                "accounts:manage_people", _("People and roles"), frozenset({Role.ADMINISTRATOR})
            )
        )


def _track_cached_pages() -> None:
    """A person's cached pages show their name and the navigation of their role."""
    from allauth.mfa.models import Authenticator
    from django.db.models.signals import m2m_changed

    from tiltas.core.person_cache import track_person_rows
    from tiltas.core.public_cache import track_content_rows

    from .models import Organisation, User

    track_person_rows(User, field="pk")
    track_content_rows(Organisation)  # partners are on the public pages
    track_person_rows(Authenticator, field="user_id")
    for relation in (User.groups.through, User.user_permissions.through):
        m2m_changed.connect(
            _access_changed, sender=relation, dispatch_uid=f"person-pages:{relation}"
        )


def _access_changed(sender, instance, action, reverse, pk_set, **kwargs) -> None:
    """Groups and permissions are part of the cached person."""
    from tiltas.core.person_cache import person_pages_changed

    if not reverse:
        person_pages_changed([instance.pk])
    elif action == "pre_clear":  # a group or permission taken from everyone who has it
        person_pages_changed(instance.user_set.values_list("pk", flat=True))
    elif pk_set:
        person_pages_changed(pk_set)
