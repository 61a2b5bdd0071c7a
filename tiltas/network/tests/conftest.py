from datetime import timedelta

import pytest
from django.utils import timezone

from tiltas.accounts.tests.factories import UserFactory


@pytest.fixture
def person(db):
    """``person("Ona Petraitienė")``: a member whose account is a month old
    (past the first-day limits)."""

    def build(name: str = "Ona Petraitienė", **fields):
        fields.setdefault("date_joined", timezone.now() - timedelta(days=30))
        return UserFactory(full_name=name, **fields)

    return build


@pytest.fixture
def ona(person):
    """Ona Petraitienė (@ona-petraitiene), a month-old member; a test module may
    make her a member of its cluster with a fixture of its own."""
    return person("Ona Petraitienė")


@pytest.fixture
def jonas(person):
    """Jonas Jonaitis (@jonas-jonaitis), a month-old member."""
    return person("Jonas Jonaitis")
