"""Factories of the network's people and practices."""

import factory
from django.utils import timezone

from tiltas.accounts.models import Country
from tiltas.accounts.tests.factories import OrganisationFactory, UserFactory
from tiltas.network.models import Audience, Practice, PracticeStatus


class PracticeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Practice

    title = factory.Sequence(lambda n: f"Gerosios praktikos pavyzdys {n}")
    problem = "Jaunimas neranda kelio į savivaldybės paslaugas."
    solution = "Jaunimo centras ir seniūnijos dirba kartu; **vienas langelis**."
    results = "Dvigubai daugiau jaunų žmonių kreipėsi pagalbos."
    theme = 1
    country = Country.LT
    audience = Audience.PUBLIC
    status = PracticeStatus.PUBLISHED
    published_at = factory.LazyFunction(timezone.now)
    author = factory.SubFactory(UserFactory)
    contact_organisation = factory.SubFactory(OrganisationFactory)
