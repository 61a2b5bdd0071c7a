"""A small results framework with real records behind its figures: seven people
attended a training held in March 2026 (five women, two men), and the guide was
recorded as published that month."""

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from tiltas.events.models import EventStatus
from tiltas.events.tests.factories import EventFactory, RegistrationFactory
from tiltas.indicators.models import Counting, Indicator
from tiltas.indicators.tests.factories import (
    ActivityFactory,
    IndicatorFactory,
    ManualIndicatorFactory,
    ManualValueFactory,
    ObjectiveFactory,
)
from tiltas.reports.periods import Period

MARCH = Period(date(2026, 3, 1), date(2026, 3, 31))
PARTICIPANTS_RULE = "Distinct people present on at least one day of a training marked held."
NARRATIVE = "Seven municipal officers learnt the basics of clustering in Panevėžys."


@dataclass
class Framework:
    participants: Indicator
    guide: Indicator


def framework() -> Framework:
    first = ObjectiveFactory(code="1", title_en="Build the competence of civil servants")
    second = ObjectiveFactory(code="2", title_en="Strengthen integrity")
    training = ActivityFactory(objective=first, code="1.1.1", title_en="Trainings")
    guide_activity = ActivityFactory(objective=second, code="1.3.1", title_en="The guide")
    participants = IndicatorFactory(
        activity=training,
        code="participants-1.1.1",
        name_en="Participants of trainings",
        source="events.participants",
        source_params={"activity": "1.1.1"},
        target=240,
        counting=Counting.WITHIN,
        counting_rule_en=PARTICIPANTS_RULE,
    )
    guide = ManualIndicatorFactory(
        activity=guide_activity,
        code="guide-1.3.1",
        name_en="Transparency guide",
        target=1,
        counting=Counting.CUMULATIVE,
        counting_rule_en="The guide counts once its first version is published.",
    )
    ManualValueFactory(indicator=guide, value=1, as_of=date(2026, 3, 5))
    return Framework(participants=participants, guide=guide)


def training_held(*, women: int = 5, men: int = 2, day: date = date(2026, 3, 10)):
    starts = datetime(day.year, day.month, day.day, 9, tzinfo=ZoneInfo("Europe/Vilnius"))
    event = EventFactory(
        activity="1.1.1", status=EventStatus.HELD, starts_at=starts, title_lt="Klasterių pagrindai"
    )
    for sex, count in (("female", women), ("male", men)):
        for _ in range(count):
            registration = RegistrationFactory(event=event, person__sex=sex)
            registration.attendances.create(day=day)
    return event
