import pytest
from django.contrib import admin
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils.html import escape
from django.utils.http import urlencode
from django.utils.translation import gettext

from tiltas.accounts.models import LoginRecord, Organisation, User
from tiltas.core.models import AuditEntry
from tiltas.core.roles import Role
from tiltas.events.models import Registration
from tiltas.events.tests.factories import RegistrationFactory

from .factories import OrganisationFactory
from .files import png_upload, polyglot_upload


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


@pytest.mark.django_db
def test_the_admin_deletes_no_record(client, administrator, member, rf):
    """Erasure and retention go through the services; the admin deletes nothing of ours."""
    request = rf.get("/admin/")
    request.user = administrator
    deleting = [
        model._meta.label
        for model, model_admin in admin.site._registry.items()
        if type(model_admin).__module__.startswith("tiltas.")
        and model_admin.has_delete_permission(request)
    ]
    assert deleting == []
    record = LoginRecord.objects.create(user=member)
    registration = RegistrationFactory(person=member)
    client.force_login(administrator)
    for url in (
        reverse("admin:accounts_loginrecord_delete", args=[record.pk]),
        reverse("admin:events_registration_delete", args=[registration.pk]),
        reverse("admin:accounts_user_delete", args=[member.pk]),
    ):
        assert client.post(url, {"post": "yes"}).status_code == 403, url
    assert LoginRecord.objects.filter(pk=record.pk).exists()
    assert Registration.objects.filter(pk=registration.pk).exists()


@pytest.mark.django_db
def test_role_and_access_are_read_only_in_the_admin(client, administrator, member):
    client.force_login(administrator)
    url = reverse("admin:accounts_user_change", args=[member.pk])
    page = client.get(url).content.decode()
    people = reverse("accounts:manage_people") + "?" + urlencode({"q": member.email})
    assert f'href="{escape(people)}"' in page  # the way to change them, audited
    response = client.post(
        url,
        {"email": member.email, "full_name": "Renamed", "preferred_language": "lt",
         "role": Role.ADMINISTRATOR, "is_staff": "on", "is_superuser": "on"},
    )  # fmt: skip
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.full_name == "Renamed"
    assert (member.role, member.is_active, member.is_staff, member.is_superuser) == (
        Role.MEMBER, True, False, False,
    )  # fmt: skip


def _organisation_post(logo) -> dict:
    return {"name": "Logo Test", "type": "ngo", "country": "LT", "region": "",
            "project_role": "none", "website": "", "logo": logo}  # fmt: skip


@pytest.mark.django_db
def test_a_logo_uploaded_in_the_admin_is_checked_and_re_encoded(client, administrator):
    client.force_login(administrator)
    add = reverse("admin:accounts_organisation_add")
    response = client.post(add, _organisation_post(polyglot_upload()))
    assert response.status_code == 200  # the form again, with the error
    assert gettext("Upload a PNG, JPEG or WebP image.") in response.content.decode()
    assert not Organisation.objects.filter(name="Logo Test").exists()

    sent = png_upload().read() + b"trailing bytes after the image"
    upload = SimpleUploadedFile("logo.png", sent, content_type="image/png")
    assert client.post(add, _organisation_post(upload)).status_code == 302
    organisation = Organisation.objects.get(name="Logo Test")
    with organisation.logo.open("rb") as stored:
        kept = stored.read()
    assert kept.startswith(b"\x89PNG") and b"trailing" not in kept  # re-encoded
    assert "logo.png" not in organisation.logo.name
    assert AuditEntry.objects.filter(action="accounts.organisation.created").exists()
