import pytest
from django.contrib.sessions.models import Session
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.test import Client

from tiltas.accounts.models import Organisation
from tiltas.accounts.services import (
    logo_clean,
    organisation_create,
    organisation_update,
    user_deactivate,
    user_profile_update,
    user_role_change,
    user_sessions_end,
)
from tiltas.core.models import AuditEntry
from tiltas.core.roles import Role

from .factories import OrganisationFactory
from .files import bad_uploads, png_upload


@pytest.mark.django_db
def test_profile_update_ignores_fields_outside_the_profile(member):
    changed = user_profile_update(
        user=member, values={"position": "Analyst", "role": Role.ADMINISTRATOR, "is_staff": True}
    )
    member.refresh_from_db()
    assert changed == ["position"]
    assert member.role == Role.MEMBER and not member.is_staff


@pytest.mark.django_db
def test_profile_update_without_changes_writes_no_audit_entry(member):
    assert user_profile_update(user=member, values={"full_name": member.full_name}) == []
    assert not AuditEntry.objects.exists()


@pytest.mark.django_db
def test_role_change_to_administrator_opens_the_admin_and_back(administrator, member):
    user_role_change(user=member, role=Role.ADMINISTRATOR, actor=administrator)
    member.refresh_from_db()
    assert member.is_staff and member.is_superuser
    user_role_change(user=member, role=Role.TRAINER, actor=administrator)
    member.refresh_from_db()
    assert not member.is_staff and not member.is_superuser and member.role == Role.TRAINER


@pytest.mark.django_db
def test_role_change_refuses_unknown_roles_and_self(administrator, member):
    with pytest.raises(ValidationError):
        user_role_change(user=member, role="superuser", actor=administrator)
    with pytest.raises(ValidationError):
        user_deactivate(user=administrator, actor=administrator)


@pytest.mark.django_db
def test_sessions_end_only_touches_that_person(member, make_user):
    other = make_user()
    for person in (member, member, other):
        Client().force_login(person)
    assert user_sessions_end(user=member) == 2
    assert Session.objects.count() == 1


@pytest.mark.django_db
def test_organisation_create_validates_region_and_logo(coordinator):
    with pytest.raises(ValidationError):
        organisation_create(
            actor=coordinator,
            values={"name": "X", "type": "ngo", "country": "NO", "region": "LT-VL"},
        )
    with pytest.raises(ValidationError):
        organisation_create(
            actor=coordinator,
            values={"name": "X", "type": "ngo", "country": "LT", "region": "LT-VL"},
            logo=bad_uploads()["polyglot"],
        )
    assert not Organisation.objects.exists()


@pytest.mark.django_db
def test_organisation_slugs_are_unique(coordinator):
    values = {"name": "Kauno rajonas", "type": "municipality", "country": "LT", "region": ""}
    first = organisation_create(actor=coordinator, values=values)
    second = organisation_create(actor=coordinator, values=values)
    assert (first.slug, second.slug) == ("kauno-rajonas", "kauno-rajonas-2")


@pytest.mark.django_db
def test_region_constraint_holds_in_the_database():
    organisation = OrganisationFactory(country="LT", region="LT-VL")
    with pytest.raises(IntegrityError), transaction.atomic():
        Organisation.objects.filter(pk=organisation.pk).update(country="NO")


@pytest.mark.django_db
def test_logo_replacement_and_removal(coordinator, django_capture_on_commit_callbacks):
    organisation = OrganisationFactory()
    values = {"name": organisation.name, "type": organisation.type, "country": "LT"}
    with django_capture_on_commit_callbacks(execute=True):
        organisation_update(
            organisation=organisation, actor=coordinator, values=values, logo=png_upload()
        )
    organisation.refresh_from_db()
    first = organisation.logo.name
    storage = organisation.logo.storage
    with django_capture_on_commit_callbacks(execute=True):
        organisation_update(
            organisation=organisation, actor=coordinator, values=values, logo=png_upload()
        )
    organisation.refresh_from_db()
    assert organisation.logo.name != first and not storage.exists(first)
    with django_capture_on_commit_callbacks(execute=True):
        organisation_update(
            organisation=organisation, actor=coordinator, values=values, remove_logo=True
        )
    organisation.refresh_from_db()
    assert not organisation.logo


def test_logo_clean_reencodes_and_renames():
    cleaned = logo_clean(png_upload("my logo.png"))
    assert cleaned.name.endswith(".png") and "my logo" not in cleaned.name
