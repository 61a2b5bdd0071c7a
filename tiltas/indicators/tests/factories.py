import datetime

import factory

from tiltas.indicators.models import (
    Activity,
    Counting,
    Goal,
    Indicator,
    ManualValue,
    Objective,
    Unit,
)


class GoalFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Goal
        django_get_or_create = ("id",)

    id = 1
    title_lt = "Projekto tikslas"
    title_en = "Project goal"
    text_lt = "Prisidėti prie regioninės politikos tikslų įgyvendinimo."
    text_en = "Contribute to the goals of regional policy."


class ObjectiveFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Objective
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: str(n + 1))
    title_lt = factory.Sequence(lambda n: f"Uždavinys {n + 1}")
    title_en = factory.Sequence(lambda n: f"Objective {n + 1}")
    order = factory.Sequence(lambda n: n + 1)


class ActivityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Activity
        django_get_or_create = ("code",)

    objective = factory.SubFactory(ObjectiveFactory)
    code = factory.LazyAttributeSequence(lambda o, n: f"1.{o.objective.code}.{n + 1}")
    title_lt = factory.Sequence(lambda n: f"Veikla {n}")
    title_en = factory.Sequence(lambda n: f"Activity {n}")


class IndicatorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Indicator

    activity = factory.SubFactory(ActivityFactory)
    code = factory.Sequence(lambda n: f"test-indicator-{n}")
    name_lt = factory.Sequence(lambda n: f"Rodiklis {n}")
    name_en = factory.Sequence(lambda n: f"Indicator {n}")
    unit = Unit.PARTICIPANTS
    target = 240
    source = "tests.unregistered"
    source_params = factory.LazyFunction(dict)
    counting = Counting.WITHIN


class ManualIndicatorFactory(IndicatorFactory):
    unit = Unit.GUIDES
    target = 1
    source = ""
    manual_allowed = True


class ManualValueFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ManualValue

    indicator = factory.SubFactory(ManualIndicatorFactory)
    value = 1
    as_of = factory.LazyFunction(lambda: datetime.date(2026, 6, 1))
    evidence_link = "https://example.org/evidence.pdf"
