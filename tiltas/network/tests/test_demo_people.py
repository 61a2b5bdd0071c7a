"""The demo: network profiles and good practices from Lithuania and Norway."""

import pytest
from django.urls import reverse
from django.utils import translation

from tiltas.accounts.demo import load_demo as load_accounts_demo
from tiltas.network.demo_people import load_demo
from tiltas.network.models import Audience, NetworkProfile, Practice, PracticeComment

pytestmark = pytest.mark.django_db


def test_the_demo_loads_profiles_and_practices_once(client):
    load_accounts_demo()
    assert load_demo()
    assert NetworkProfile.objects.count() == 6
    assert Practice.objects.filter(status="published", is_demo=True).count() == 4
    assert set(Practice.objects.values_list("country", flat=True)) == {"LT", "NO"}
    assert Practice.objects.filter(audience=Audience.MEMBERS).count() == 1
    comments = PracticeComment.objects.count()
    load_demo()
    assert Practice.objects.count() == 4 and PracticeComment.objects.count() == comments
    with translation.override("nb"):
        page = client.get(reverse("network:practices")).content.decode()
    assert "Frivilligsentral som bindeledd" in page
    assert "Interesų konfliktų deklaracijų" not in page  # members only
