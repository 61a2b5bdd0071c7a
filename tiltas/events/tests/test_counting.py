from datetime import date

import pytest

from tiltas.accounts.tests.factories import OrganisationFactory
from tiltas.core.personal_data import covered_models
from tiltas.events import personal_data
from tiltas.events.models import EventStatus, Registration, SurveyResponse
from tiltas.indicators.registry import measure

from .factories import DelegationMemberFactory, EventFactory, RegistrationFactory, StudyVisitFactory

pytestmark = pytest.mark.django_db


def attended(event, **person):
    registration = RegistrationFactory(
        event=event, **{f"person__{k}": v for k, v in person.items()}
    )
    registration.attendances.create(day=event.days[0])
    return registration


def test_events_held_per_activity_and_country():
    EventFactory(status=EventStatus.HELD, activity="1.1.3", country="LT")
    EventFactory(status=EventStatus.HELD, activity="1.1.3", country="NO")
    EventFactory(status=EventStatus.PUBLISHED, activity="1.1.3", country="LT")
    assert measure("events.events_held", {"activity": "1.1.3", "country": "LT"}).value == 1
    assert measure("events.events_held", {"activity": "1.2.2", "country": "LT"}).value == 0


def test_participants_are_distinct_people_who_attended():
    ngo = OrganisationFactory(type="ngo", country="NO", region="")
    first, second = (EventFactory(activity="1.3.2", status=EventStatus.HELD) for _ in "12")
    registration = attended(first, sex="female", country="LT")
    again = RegistrationFactory(event=second, person=registration.person)
    again.attendances.create(day=second.days[0])
    attended(second, sex="male", country="", organisation=ngo)
    RegistrationFactory(event=first)  # registered, never came
    attended(EventFactory(activity="1.1.3", status=EventStatus.HELD))
    # Present at an event not marked held yet, or at one later cancelled: not a result.
    attended(EventFactory(activity="1.3.2"))
    attended(EventFactory(activity="1.3.2", status=EventStatus.CANCELLED))
    result = measure("events.participants", {"activity": "1.3.2"})
    assert result.value == 2
    assert result.breakdown["sex"] == {"female": 1, "male": 1}
    assert result.breakdown["country"] == {"LT": 1, "NO": 1}
    assert result.breakdown["organisation_type"] == {"": 1, "ngo": 1}
    period = measure("events.participants", {"activity": "1.3.2"}, end=date(2000, 1, 1))
    assert period.value == 0


def test_visits_persons_and_days():
    visit = StudyVisitFactory(activity="1.1.1", direction="LT_NO")  # 4 days
    DelegationMemberFactory.create_batch(12, visit=visit)
    StudyVisitFactory(activity="1.1.1", direction="LT_NO", status="planned")
    params = {"activity": "1.1.1", "direction": "LT_NO"}
    assert measure("events.visits", params).value == 1
    assert measure("events.visit_persons", params).value == 12
    assert measure("events.visit_days", params).value == 4
    assert measure("events.visits", {"activity": "1.1.1", "direction": "NO_LT"}).value == 0


def test_person_days_multiply_each_visits_delegation_by_its_days():
    four_days = StudyVisitFactory(activity="1.1.3", direction="NO_LT")  # 4 May - 7 May
    DelegationMemberFactory.create_batch(3, visit=four_days)
    two_days = StudyVisitFactory(
        activity="1.1.3", direction="NO_LT", start_date=date(2026, 9, 1), end_date=date(2026, 9, 2)
    )
    DelegationMemberFactory.create_batch(5, visit=two_days)
    StudyVisitFactory(activity="1.1.3", direction="NO_LT")  # held, nobody listed: 0
    planned = StudyVisitFactory(activity="1.1.3", direction="NO_LT", status="planned")
    DelegationMemberFactory.create_batch(4, visit=planned)
    params = {"activity": "1.1.3", "direction": "NO_LT"}
    # 3 * 4 + 5 * 2, not (3 + 5) * (4 + 2).
    assert measure("events.visit_person_days", params).value == 22
    assert measure("events.visit_days", params).value == 10
    assert measure("events.visit_persons", params).value == 8
    june_on = measure("events.visit_person_days", params, start=date(2026, 6, 1))
    assert june_on.value == 10
    assert measure("events.visit_person_days", {**params, "direction": "LT_NO"}).value == 0


def test_personal_data_covers_models_and_erasure_keeps_counts(make_user):
    assert {Registration, SurveyResponse} <= covered_models()
    event = EventFactory(activity="1.2.2", status=EventStatus.HELD)
    registration = attended(event)
    person = registration.person
    SurveyResponse.objects.create(event=event, registration=registration, answers={"1": 5})
    member = DelegationMemberFactory(person=person)
    exported = personal_data.export(person)
    assert exported["registrations"][0]["survey_answers"] == {"1": 5}
    assert exported["study_visits"][0]["visit"] == member.visit.title
    personal_data.erase(person)
    registration.refresh_from_db()
    assert registration.person is None and registration.answers == {}
    assert SurveyResponse.objects.get().registration is None
    assert measure("events.participants", {"activity": "1.2.2"}).value == 1
    assert personal_data.export(person) == {
        "registrations": [],
        "study_visits": [],
        "events_as_trainer": [],
    }


def test_retention_anonymises_participants_of_old_events():
    import io
    from datetime import timedelta

    import time_machine
    from django.core.management import call_command

    old = attended(EventFactory(activity="1.1.3", status=EventStatus.HELD))
    SurveyResponse.objects.create(event=old.event, registration=old, answers={"1": 4})
    recent_event = EventFactory(
        activity="1.1.3", starts_at=old.event.starts_at + timedelta(days=400), status="held"
    )
    recent_event.ends_at = recent_event.starts_at + timedelta(hours=3)
    recent_event.save()
    recent = attended(recent_event)
    with time_machine.travel(old.event.ends_at + timedelta(days=30 * 13)):
        out = io.StringIO()
        call_command("anonymise_event_participants", "--months", "12", stdout=out)
        assert "Registrations anonymised: 1" in out.getvalue()
        call_command("anonymise_event_participants", "--months", "12", stdout=out)
    old.refresh_from_db()
    recent.refresh_from_db()
    assert old.person is None and old.answers == {}
    assert SurveyResponse.objects.get().registration is None
    assert recent.person is not None
    assert measure("events.participants", {"activity": "1.1.3"}).value == 2
