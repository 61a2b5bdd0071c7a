"""The demo member's home page shows a stream from what they follow."""

import pytest
from django.urls import reverse
from django.utils import translation

from conftest import client_for
from tiltas.accounts.demo import load_demo as load_accounts_demo
from tiltas.accounts.models import User
from tiltas.network.demo import load_demo
from tiltas.network.models import Activity, Follow

pytestmark = pytest.mark.django_db


def test_the_demo_member_follows_and_sees_a_stream_and_loading_again_adds_nothing():
    load_accounts_demo()
    load_demo()
    member = User.objects.get(email="member@demo.tiltas.lt")
    assert Follow.objects.filter(follower=member).count() == 3
    items = Activity.objects.count()
    with translation.override("en"):
        page = client_for(member).get(reverse("core:dashboard")).content.decode()
    assert "started “Kaip skelbiate sutarčių duomenis?”" not in page  # their own thread
    assert "replied in “Kaip skelbiate sutarčių duomenis?”" in page
    assert "Nothing new yet" not in page
    load_demo()
    assert Activity.objects.count() == items
    assert Follow.objects.filter(follower=member).count() == 3
