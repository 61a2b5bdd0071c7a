from datetime import date, timedelta

import factory
from django.utils import timezone

from tiltas.accounts.tests.factories import UserFactory
from tiltas.events.models import (
    ActivityCode,
    DelegationMember,
    Event,
    EventQuestion,
    EventStatus,
    QuestionKind,
    Registration,
    RegistrationStatus,
    StudyVisit,
    SurveyQuestion,
    VisitActivityCode,
    VisitDirection,
    VisitStatus,
)


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Event

    activity = ActivityCode.SOCIAL_CLUSTERING
    title_lt = factory.Sequence(lambda n: f"Training {n}")
    slug = factory.Sequence(lambda n: f"training-{n}")
    country = "LT"
    city = "Vilnius"
    venue = "Town hall"
    timezone = "Europe/Vilnius"
    starts_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=10))
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + timedelta(hours=7))
    capacity = 10
    status = EventStatus.PUBLISHED


class EventQuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EventQuestion

    event = factory.SubFactory(EventFactory)
    text_lt = factory.Sequence(lambda n: f"Question {n}")
    kind = QuestionKind.TEXT
    required = True


class RegistrationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Registration

    event = factory.SubFactory(EventFactory)
    person = factory.SubFactory(UserFactory)
    status = RegistrationStatus.CONFIRMED


class SurveyQuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SurveyQuestion

    event = factory.SubFactory(EventFactory)
    text_lt = factory.Sequence(lambda n: f"How was part {n}?")


class StudyVisitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StudyVisit

    direction = VisitDirection.LT_NO
    activity = VisitActivityCode.COMPETENCY_MODEL
    title_lt = factory.Sequence(lambda n: f"Visit {n}")
    slug = factory.Sequence(lambda n: f"visit-{n}")
    start_date = date(2026, 5, 4)
    end_date = date(2026, 5, 7)
    status = VisitStatus.HELD


class DelegationMemberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DelegationMember

    visit = factory.SubFactory(StudyVisitFactory)
    name = factory.Faker("name")
    organisation_name = "Kaunas municipality"
