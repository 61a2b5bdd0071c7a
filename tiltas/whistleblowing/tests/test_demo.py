"""The demo: the demo integrity officer handles their organisation's reports, one awaits them."""

import pytest
from django.test import Client
from django.urls import reverse

from tiltas.accounts.demo import load_demo as load_accounts_demo
from tiltas.accounts.models import User
from tiltas.whistleblowing.demo import DEMO_OFFICER, load_demo
from tiltas.whistleblowing.models import Case, CaseHandler

pytestmark = pytest.mark.django_db


def test_the_demo_officer_handles_a_demo_report_once():
    load_accounts_demo()
    lines = load_demo()
    assert any("receipt code" in line for line in lines)
    load_demo()
    assert CaseHandler.objects.count() == 1 and Case.objects.count() == 1
    client = Client()
    client.force_login(User.objects.get(email=DEMO_OFFICER))
    page = client.get(reverse("whistleblowing:cases")).content.decode()
    assert reverse("whistleblowing:case", args=[Case.objects.get().pk]) in page
