from datetime import timedelta

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "tiltas.events"
    label = "events"
    verbose_name = _("Events")

    def ready(self) -> None:
        from tiltas.core import schedule
        from tiltas.core.access import MANAGERS, TEACHERS
        from tiltas.core.navigation import MANAGE_SECTIONS, ManageSection

        from . import counting, personal_data  # noqa: F401 - registers counters and data sources

        personal_data.register_sources()
        schedule.register(
            "events.reminders", every=timedelta(hours=1), command="send_event_reminders"
        )
        schedule.register(
            "events.retention", every=timedelta(days=1), command="anonymise_event_participants"
        )
        MANAGE_SECTIONS.append(
            ManageSection("events:manage_list", _("Events"), frozenset(TEACHERS))
        )
        MANAGE_SECTIONS.append(
            ManageSection("events:manage_visits", _("Study visits"), frozenset(MANAGERS))
        )
        from tiltas.core.public_cache import track_content_rows

        from . import models

        # Registrations change places left: their services say so themselves.
        track_content_rows(
            models.Event, models.StudyVisit, models.DelegationMember, models.VisitFile
        )
