"""The demo: version 2 of the guide, and a consultation with comments."""

import pytest
from django.urls import reverse
from django.utils import translation

from tiltas.accounts.demo import load_demo as load_accounts_demo
from tiltas.integrity.content import load_project
from tiltas.integrity.demo import load_demo
from tiltas.integrity.models import Comment, GuideState
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
    load_demo()
    load_project()
    assert guide.versions.count() == 2 and Comment.objects.count() == 2
    with translation.override("nb"):
        diff = client.get(reverse("integrity:diff") + "?old=1&new=2").content.decode()
    assert "Sjekkliste før en konkurranse kunngjøres" in diff
