from datetime import timedelta

from django.utils.translation import gettext_lazy as _

from tiltas.core.platform import (
    CacheScope,
    HomeCard,
    Job,
    ManageSection,
    NavItem,
    PlatformApp,
    WayIn,
)
from tiltas.core.roles import MANAGERS, TEACHERS


class EventsConfig(PlatformApp):
    name = "tiltas.events"
    label = "events"
    verbose_name = _("Events")

    navigation = (NavItem("events:calendar", _("Events"), "events", order=50),)
    manage_sections = (
        ManageSection("events:manage_list", _("Events"), TEACHERS, order=60),
        ManageSection("events:manage_visits", _("Study visits"), MANAGERS, order=61),
    )
    home_cards = (
        HomeCard(
            "events:my_registrations",
            _("My events"),
            _("Your registrations, tickets and feedback surveys."),
            order=30,
        ),
    )
    home_ways_in = (
        WayIn(
            "events:calendar",
            _("Trainings and events"),
            _("Register for trainings, seminars and conferences in Lithuania and Norway."),
            order=30,
        ),
    )
    next_steps = "tiltas.events.selectors.next_steps"
    personal_data = (
        "tiltas.events.personal_data.EVENTS",
        "tiltas.events.personal_data.WALK_INS",
        "tiltas.events.personal_data.SIGNED_SHEETS",
    )
    counters = {
        "events.events_held": "tiltas.events.counting.events_held",
        "events.participants": "tiltas.events.counting.participants",
        "events.visits": "tiltas.events.counting.visits",
        "events.visit_persons": "tiltas.events.counting.visit_persons",
        "events.visit_days": "tiltas.events.counting.visit_days",
        "events.visit_person_days": "tiltas.events.counting.visit_person_days",
    }
    jobs = (
        Job("events.reminders", every=timedelta(hours=1), command="send_event_reminders"),
        Job("events.retention", every=timedelta(days=1), command="anonymise_event_participants"),
    )
    demo_content = "tiltas.events.demo.load_demo"
    # A registration changes its event's places left, and the lists that count them.
    cache_scopes = (
        CacheScope("events.Event"),
        CacheScope("events.Event", "learning.Programme", via="programme_id"),  # its trainings
        CacheScope("events.Registration", "events.Event", via="event_id"),
        CacheScope("events.StudyVisit"),
        CacheScope("events.DelegationMember", "events.StudyVisit", via="visit_id"),
        CacheScope("events.VisitFile", "events.StudyVisit", via="visit_id"),
    )
    receivers = "tiltas.events.receivers.connect"
    # A programme's page lists its coming trainings.
    extensions = {"learning.programme_events": "tiltas.events.selectors.programme_events"}
