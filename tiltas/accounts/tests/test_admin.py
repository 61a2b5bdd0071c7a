import pytest
from django.urls import reverse

from tiltas.accounts.models import User

from .factories import OrganisationFactory


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url_name", ["admin:accounts_user_changelist", "admin:accounts_user_add",
                 "admin:accounts_organisation_changelist", "admin:accounts_organisation_add",
                 "admin:accounts_loginrecord_changelist"],
)  # fmt: skip
def test_admin_pages_render_for_an_administrator_with_totp(client, administrator, url_name):
    client.force_login(administrator)
    assert client.get(reverse(url_name)).status_code == 200


@pytest.mark.django_db
def test_admin_change_pages_render(client, administrator, member):
    organisation = OrganisationFactory()
    client.force_login(administrator)
    assert client.get(reverse("admin:accounts_user_change", args=[member.pk])).status_code == 200
    url = reverse("admin:accounts_organisation_change", args=[organisation.pk])
    assert client.get(url).status_code == 200


@pytest.mark.django_db
def test_admin_adds_a_person(client, administrator):
    client.force_login(administrator)
    response = client.post(
        reverse("admin:accounts_user_add"),
        {"email": "new@example.org", "full_name": "New Person", "usable_password": "false"},
    )
    assert response.status_code == 302
    assert User.objects.get(email="new@example.org").full_name == "New Person"


@pytest.mark.django_db
def test_coordinator_cannot_use_the_admin(client, coordinator):
    client.force_login(coordinator)
    assert client.get("/admin/").status_code in {302, 403}
