from datetime import timedelta

import pytest
from django.utils import timezone

from tiltas.accounts.tests.factories import UserFactory

from .cluster_factories import ClusterFactory, MembershipFactory


@pytest.fixture
def person(db):
    """``person("Ona Petraitienė")``: a member whose account is a month old
    (past the first-day limits)."""

    def build(name: str = "Ona Petraitienė", **fields):
        fields.setdefault("date_joined", timezone.now() - timedelta(days=30))
        return UserFactory(full_name=name, **fields)

    return build


@pytest.fixture
def cluster():
    return ClusterFactory(name="Skaidrūs pirkimai")


@pytest.fixture
def ona(person, cluster):
    """Ona Petraitienė, a member of ``cluster``."""
    someone = person("Ona Petraitienė")
    MembershipFactory(cluster=cluster, person=someone)
    return someone
