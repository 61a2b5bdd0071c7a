"""Coordinators designate which integrity officers handle each organisation's reports."""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils.translation import gettext as _

from tiltas.accounts.tests.factories import OrganisationFactory, UserFactory
from tiltas.core.models import AuditEntry
from tiltas.core.roles import Role
from tiltas.whistleblowing.models import CaseHandler

pytestmark = pytest.mark.django_db
URL = "whistleblowing:handlers"


@pytest.fixture
def coordinator_client(coordinator):
    client = Client()
    client.force_login(coordinator)
    return client


def test_a_coordinator_adds_and_removes_a_case_handler(coordinator_client):
    organisation = OrganisationFactory()
    officer = UserFactory(role=Role.INTEGRITY_OFFICER)
    response = coordinator_client.post(
        reverse(URL), {"user": officer.pk, "organisation": organisation.pk}
    )
    assert response.status_code == 302
    handler = CaseHandler.objects.get(user=officer, organisation=organisation)
    page = coordinator_client.get(reverse(URL)).content.decode()
    assert officer.full_name in page and organisation.name in page
    coordinator_client.post(reverse("whistleblowing:handler_remove", args=[handler.pk]))
    assert not CaseHandler.objects.exists()
    actions = set(AuditEntry.objects.values_list("action", flat=True))
    assert {"whistleblowing.handler.added", "whistleblowing.handler.removed"} <= actions


def test_only_integrity_officers_can_be_designated(coordinator_client):
    organisation = OrganisationFactory()
    member = UserFactory(role=Role.MEMBER)
    response = coordinator_client.post(
        reverse(URL), {"user": member.pk, "organisation": organisation.pk}
    )
    assert response.status_code == 200 and response.context["form"].errors["user"]
    assert not CaseHandler.objects.exists()


def test_the_same_officer_twice_is_refused(coordinator_client):
    organisation = OrganisationFactory()
    officer = UserFactory(role=Role.INTEGRITY_OFFICER)
    data = {"user": officer.pk, "organisation": organisation.pk}
    coordinator_client.post(reverse(URL), data)
    response = coordinator_client.post(reverse(URL), data)
    message = _("This officer already handles the reports of this organisation.")
    assert message in response.content.decode()
    assert CaseHandler.objects.count() == 1


@pytest.mark.parametrize("role", [Role.MEMBER, Role.INTEGRITY_OFFICER, Role.TRAINER])
def test_others_cannot_designate(role, role_client):
    assert role_client(role).get(reverse(URL)).status_code == 403
