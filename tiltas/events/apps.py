from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "tiltas.events"
    label = "events"
    verbose_name = _("Events")

    def ready(self) -> None:
        from tiltas.core.access import MANAGERS, TEACHERS
        from tiltas.core.navigation import MANAGE_SECTIONS, ManageSection

        from . import counting, personal_data  # noqa: F401 - registers counters and data sources

        personal_data.register_sources()
        MANAGE_SECTIONS.append(
            ManageSection("events:manage_list", _("Events"), frozenset(TEACHERS))
        )
        MANAGE_SECTIONS.append(
            ManageSection("events:manage_visits", _("Study visits"), frozenset(MANAGERS))
        )
