"""The demo: adoptions with timelines, version 2 of the guide, and a consultation with comments."""

import pytest
from django.urls import reverse
from django.utils import translation

from tiltas.accounts.demo import load_demo as load_accounts_demo
from tiltas.integrity.content import load_project
from tiltas.integrity.demo import load_demo
from tiltas.integrity.models import Adoption, AdoptionEntry, Comment, GuideState, Risk
from tiltas.integrity.selectors import guide_current

pytestmark = pytest.mark.django_db


def test_demo_publishes_a_second_version_and_opens_the_consultation_once(client):
    load_accounts_demo()
    load_project()
    assert load_demo()
    guide = guide_current()
    assert guide.state == GuideState.CONSULTATION
    assert list(guide.versions.values_list("number", flat=True)) == [2, 1]
    assert Comment.objects.count() == 2
    assert Comment.objects.exclude(answer="").count() == 1
    adoptions, steps = Adoption.objects.count(), AdoptionEntry.objects.count()
    assert adoptions >= 5 and steps > adoptions
    assert Adoption.objects.filter(status="evaluated", organisation__country="NO").exists()
    risks = Risk.objects.filter(organisation__slug="pamariu-savivaldybe-demo")
    assert risks.count() == 4 and risks.filter(measures__isnull=False).exists()
    load_demo()
    load_project()
    assert guide.versions.count() == 2 and Comment.objects.count() == 2
    assert Adoption.objects.count() == adoptions and Risk.objects.count() == 4
    assert AdoptionEntry.objects.count() == steps
    with translation.override("nb"):
        diff = client.get(reverse("integrity:diff") + "?old=1&new=2").content.decode()
    assert "Sjekkliste før en konkurranse kunngjøres" in diff
