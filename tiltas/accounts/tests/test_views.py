"""Profile, organisation management and people management through the pages."""

import pytest
from django.urls import reverse
from django.utils import translation

from tiltas.accounts.models import Organisation, Sex, User
from tiltas.core.models import AuditEntry
from tiltas.core.roles import Role

from .factories import OrganisationFactory
from .files import bad_uploads, png_upload

# --- Profile -----------------------------------------------------------------


def _profile_data(**overrides):
    data = {
        "full_name": "Ona Onaitė",
        "preferred_language": "lt",
        "country": "LT",
        "position": "Specialist",
        "organisation": "",
        "sex": "female",
    }
    data.update(overrides)
    return data


@pytest.mark.django_db
def test_profile_edit_saves_and_audits_field_names(client, member):
    organisation = OrganisationFactory()
    client.force_login(member)
    response = client.post(reverse("accounts:profile"), _profile_data(organisation=organisation.pk))
    assert response.status_code == 302
    member.refresh_from_db()
    assert (member.full_name, member.sex, member.organisation) == (
        "Ona Onaitė", Sex.FEMALE, organisation,
    )  # fmt: skip
    entry = AuditEntry.objects.get(action="accounts.profile.changed")
    assert "full_name" in entry.changed_fields and "sex" in entry.changed_fields
    assert "Ona" not in entry.object_repr


@pytest.mark.django_db
def test_profile_explains_why_sex_is_asked_and_links_to_allauth(client, member):
    client.force_login(member)
    html = client.get(reverse("accounts:profile")).content.decode()
    assert "donor" in html
    assert reverse("account_email") in html and reverse("account_change_password") in html


@pytest.mark.django_db
def test_profile_ignores_posted_role_and_staff_flags(client, member):
    client.force_login(member)
    client.post(
        reverse("accounts:profile"),
        _profile_data(role=Role.ADMINISTRATOR, is_staff="on", is_superuser="on", email="x@x.lt"),
    )
    member.refresh_from_db()
    assert member.role == Role.MEMBER
    assert not member.is_staff and not member.is_superuser
    assert member.email != "x@x.lt"


@pytest.mark.django_db
def test_profile_error_keeps_what_was_typed(client, member):
    client.force_login(member)
    response = client.post(
        reverse("accounts:profile"), _profile_data(full_name="", position="Head")
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="error-summary"' in html and 'value="Head"' in html


@pytest.mark.django_db
def test_changing_preferred_language_redirects_to_that_language(client, member):
    client.force_login(member)
    response = client.post(reverse("accounts:profile"), _profile_data(preferred_language="nb"))
    assert response["Location"].startswith("/nb/")


# --- Organisations -------------------------------------------------------------


def _organisation_data(**overrides):
    data = {
        "name": "Testo savivaldybė",
        "type": "municipality",
        "country": "LT",
        "region": "LT-KU",
        "project_role": "partner",
        "website": "https://example.org",
        "description_lt": "Savivaldybė.",
        "description_en": "A municipality.",
    }
    data.update(overrides)
    return data


@pytest.mark.django_db
def test_coordinator_creates_an_organisation_with_a_logo(client, coordinator):
    client.force_login(coordinator)
    response = client.post(
        reverse("accounts:organisation_create"), {**_organisation_data(), "logo": png_upload()}
    )
    assert response.status_code == 302
    organisation = Organisation.objects.get(name="Testo savivaldybė")
    assert organisation.slug == "testo-savivaldybe"
    assert organisation.logo.name.startswith("logos/") and "logo.png" not in organisation.logo.name
    entry = AuditEntry.objects.get(action="accounts.organisation.created")
    assert "logo" in entry.changed_fields
    logo = client.get(reverse("accounts:organisation_logo", args=[organisation.slug]))
    assert logo.status_code == 200
    assert logo["Content-Type"] == "image/png"
    assert logo["X-Content-Type-Options"] == "nosniff"
    assert logo.content.startswith(b"\x89PNG")


@pytest.mark.django_db
@pytest.mark.parametrize("kind", list(bad_uploads()))
def test_bad_logos_are_refused_and_other_fields_kept(client, coordinator, kind):
    client.force_login(coordinator)
    response = client.post(
        reverse("accounts:organisation_create"),
        {**_organisation_data(name="Kept name"), "logo": bad_uploads()[kind]},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="error-summary"' in html
    assert 'value="Kept name"' in html
    assert not Organisation.objects.filter(name="Kept name").exists()


@pytest.mark.django_db
def test_logo_message_is_translated(client, coordinator):
    client.force_login(coordinator)
    response = client.post(
        "/lt" + reverse("accounts:organisation_create")[3:],
        {**_organisation_data(), "logo": bad_uploads()["text"]},
    )
    assert "Upload a PNG, JPEG or WebP image." not in response.content.decode()


@pytest.mark.django_db
def test_region_must_match_the_country(client, coordinator):
    client.force_login(coordinator)
    response = client.post(
        reverse("accounts:organisation_create"), _organisation_data(country="NO", region="LT-KU")
    )
    assert response.status_code == 200
    assert 'class="error-summary"' in response.content.decode()
    assert not Organisation.objects.exists()


@pytest.mark.django_db
def test_edit_organisation_audits_changed_fields(client, administrator):
    organisation = OrganisationFactory(name="Old name")
    client.force_login(administrator)
    url = reverse("accounts:organisation_edit", args=[organisation.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, _organisation_data(name="New name"))
    assert response.status_code == 302
    organisation.refresh_from_db()
    assert organisation.name == "New name"
    entry = AuditEntry.objects.get(action="accounts.organisation.changed")
    assert "name" in entry.changed_fields and "region" in entry.changed_fields
    assert "description_nb" not in entry.changed_fields  # still empty
    with translation.override("en"):
        assert Organisation.objects.get(pk=organisation.pk).description == "A municipality."


@pytest.mark.django_db
def test_missing_organisation_is_404(client, coordinator):
    client.force_login(coordinator)
    assert client.get(reverse("accounts:organisation_edit", args=[999999])).status_code == 404


@pytest.mark.django_db
def test_logo_of_organisation_without_logo_is_404(client):
    organisation = OrganisationFactory()
    response = client.get(reverse("accounts:organisation_logo", args=[organisation.slug]))
    assert response.status_code == 404


@pytest.mark.django_db
def test_organisation_list_paginates_with_bounded_queries(
    client, coordinator, django_assert_max_num_queries
):
    OrganisationFactory.create_batch(30)
    client.force_login(coordinator)
    with django_assert_max_num_queries(12):
        response = client.get(reverse("accounts:manage_organisations"))
    assert response.status_code == 200
    assert response.context["page"].paginator.num_pages == 2


@pytest.mark.django_db
def test_members_and_trainers_cannot_manage_organisations(client, member, trainer):
    for person in (member, trainer):
        client.force_login(person)
        assert client.get(reverse("accounts:manage_organisations")).status_code == 403


# --- People and roles ----------------------------------------------------------


@pytest.mark.django_db
def test_people_list_searches_and_paginates(
    client, administrator, make_user, django_assert_max_num_queries
):
    for n in range(30):
        make_user(full_name=f"Person {n:02d}", organisation=OrganisationFactory())
    make_user(full_name="Rūta Findme")
    client.force_login(administrator)
    with django_assert_max_num_queries(12):
        response = client.get(reverse("accounts:manage_people"))
    assert response.context["page"].paginator.num_pages == 2
    response = client.get(reverse("accounts:manage_people"), {"q": "findme"})
    assert [p.full_name for p in response.context["page"]] == ["Rūta Findme"]


@pytest.mark.django_db
def test_administrator_changes_a_role_and_it_applies_on_the_next_request(administrator, make_user):
    from django.test import Client

    person = make_user(role=Role.COORDINATOR)
    theirs, admin_client = Client(), Client()
    theirs.force_login(person)
    admin_client.force_login(administrator)
    assert theirs.get(reverse("accounts:manage_organisations")).status_code == 200
    response = admin_client.post(
        reverse("accounts:person_role", args=[person.pk]), {"role": Role.MEMBER}
    )
    assert response.status_code == 302
    assert theirs.get(reverse("accounts:manage_organisations")).status_code == 403
    entry = AuditEntry.objects.get(action="accounts.user.role_changed")
    assert entry.actor_id == administrator.pk and entry.object_id == str(person.pk)


@pytest.mark.django_db
def test_administrator_deactivates_a_person(administrator, make_user):
    from django.test import Client

    person = make_user()
    theirs, admin_client = Client(), Client()
    theirs.force_login(person)
    admin_client.force_login(administrator)
    admin_client.post(reverse("accounts:person_deactivate", args=[person.pk]))
    person.refresh_from_db()
    assert not person.is_active
    assert theirs.get(reverse("accounts:profile")).status_code == 302
    assert AuditEntry.objects.filter(action="accounts.user.deactivated").count() == 1


@pytest.mark.django_db
def test_role_and_deactivation_are_post_only(client, administrator, member):
    client.force_login(administrator)
    assert client.get(reverse("accounts:person_role", args=[member.pk])).status_code == 405
    assert client.get(reverse("accounts:person_deactivate", args=[member.pk])).status_code == 405


@pytest.mark.django_db
def test_administrator_cannot_demote_themselves(client, administrator):
    client.force_login(administrator)
    client.post(reverse("accounts:person_role", args=[administrator.pk]), {"role": Role.MEMBER})
    administrator.refresh_from_db()
    assert administrator.role == Role.ADMINISTRATOR


@pytest.mark.django_db
def test_coordinator_cannot_manage_people(client, coordinator, member):
    client.force_login(coordinator)
    assert client.get(reverse("accounts:manage_people")).status_code == 403
    response = client.post(
        reverse("accounts:person_role", args=[member.pk]), {"role": "administrator"}
    )
    assert response.status_code == 403
    assert User.objects.get(pk=member.pk).role == Role.MEMBER


@pytest.mark.django_db
def test_a_persons_name_and_an_organisations_name_are_labelled_apart(client, administrator):
    """ "Name" of a person is "Vardas ir pavardė" in Lithuanian, of an organisation
    "Pavadinimas": one shared msgid gave participant lists the organisation's label."""
    from tiltas.events.tests.factories import EventFactory, RegistrationFactory

    event = EventFactory()
    RegistrationFactory(event=event)
    OrganisationFactory()
    client.force_login(administrator)
    with translation.override("lt"):
        people = client.get(reverse("accounts:manage_people")).content.decode()
        organisations = client.get(reverse("accounts:manage_organisations")).content.decode()
        participants = client.get(reverse("events:manage_detail", args=[event.pk])).content.decode()
    assert '<th scope="col">Vardas ir pavardė</th>' in people
    assert '<th scope="col">Vardas ir pavardė</th>' in participants
    assert '<th scope="col">Pavadinimas</th>' in organisations
    assert '<th scope="col">Pavadinimas</th>' not in people + participants
