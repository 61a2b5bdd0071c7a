"""Every successful sign-in is recorded and feeds the unique-logins counter."""

import pytest
from django.urls import reverse

from tiltas.accounts.counting import unique_logins
from tiltas.accounts.models import Country, LoginRecord, OrganisationType, Sex, User
from tiltas.core.middleware import SESSION_STARTED_KEY
from tiltas.core.models import AuditEntry

from .factories import OrganisationFactory
from .helpers import sign_in


@pytest.mark.django_db
def test_sign_in_writes_a_login_record_an_audit_entry_and_the_session_start(client, member):
    response = sign_in(client, member.email)
    assert response.status_code == 302
    assert LoginRecord.objects.filter(user=member).count() == 1
    assert client.session[SESSION_STARTED_KEY] > 0
    entry = AuditEntry.objects.get(action="accounts.login.succeeded")
    assert entry.actor_id == member.pk
    assert member.full_name not in entry.object_repr


@pytest.mark.django_db
def test_failed_sign_in_is_not_recorded(client, member):
    sign_in(client, member.email, "not the password")
    assert not LoginRecord.objects.exists()


@pytest.mark.django_db
def test_unique_logins_counts_a_new_person_once(client, make_user):
    first, second = make_user(), make_user()
    sign_in(client, first.email)
    client.logout()
    before = unique_logins().value
    sign_in(client, second.email)
    client.logout()
    assert unique_logins().value == before + 1
    sign_in(client, second.email)
    client.logout()
    assert unique_logins().value == before + 1
    assert LoginRecord.objects.filter(user=second).count() == 2


@pytest.mark.django_db
def test_unique_logins_breakdown_by_sex_country_and_organisation_type(make_user):
    kommune = OrganisationFactory(type=OrganisationType.MUNICIPALITY, country="NO", region="NO-03")
    ngo = OrganisationFactory(type=OrganisationType.NGO)
    people = [
        make_user(sex=Sex.FEMALE, country=Country.LT, organisation=ngo),
        make_user(sex=Sex.FEMALE, country=Country.NO, organisation=kommune),
        make_user(sex=Sex.MALE, country=Country.LT, organisation=None),
    ]
    for person in people:
        LoginRecord.objects.create(user=person)
        LoginRecord.objects.create(user=person)
    make_user()  # never signed in
    measurement = unique_logins()
    assert measurement.value == 3
    assert measurement.breakdown["sex"] == {"female": 2, "male": 1}
    assert measurement.breakdown["country"] == {"LT": 2, "NO": 1}
    assert measurement.breakdown["organisation_type"] == {"ngo": 1, "municipality": 1, "": 1}


@pytest.mark.django_db
def test_unique_logins_count_neither_demo_people_nor_the_projects_staff(client, make_user):
    """The target is 260 people of the target group signing in: a demo or
    benchmark account, or a trainer or coordinator at work, is not one."""
    from tiltas.core.roles import Role

    member = make_user(role=Role.MEMBER)
    demo = make_user(role=Role.MEMBER, is_demo=True)
    staff = [make_user(role=role) for role in Role.values if role != Role.MEMBER]
    for person in [member, demo, *staff]:
        LoginRecord.objects.create(user=person)
    assert unique_logins().value == 1
    sign_in(client, make_user().email)  # a new member, through the real form
    assert unique_logins().value == 2


@pytest.mark.django_db
def test_demo_and_benchmark_people_from_before_the_flag_are_marked_by_the_migration(make_user):
    from importlib import import_module

    from django.apps import apps as django_apps

    migration = import_module("tiltas.accounts.migrations.0005_user_is_demo")
    demo = make_user(email="member07@demo.tiltas.lt")
    generated = make_user(email="person000042@bench.tiltas.test")
    real = make_user(email="ruta@pamariai.lt")
    migration.mark_demo_people(django_apps, None)
    marked = set(User.objects.filter(is_demo=True).values_list("pk", flat=True))
    assert marked == {demo.pk, generated.pk} and real.pk not in marked


@pytest.mark.django_db
def test_unique_logins_within_a_period(make_user, time_machine):
    early, late = make_user(), make_user()
    time_machine.move_to("2026-01-10 12:00+02:00")
    LoginRecord.objects.create(user=early)
    time_machine.move_to("2026-03-10 12:00+02:00")
    LoginRecord.objects.create(user=late)
    import datetime

    assert unique_logins(end=datetime.date(2026, 1, 31)).value == 1
    assert unique_logins(start=datetime.date(2026, 2, 1)).value == 1
    assert unique_logins().value == 2


@pytest.mark.django_db
def test_sign_in_goes_to_the_preferred_language(client, make_user):
    person = make_user(preferred_language="nb")
    response = sign_in(client, person.email)
    assert response["Location"] == "/nb" + reverse("core:dashboard")[3:]


@pytest.mark.django_db
def test_sign_in_keeps_an_explicit_next(client, member):
    response = client.post(
        reverse("account_login"),
        {"login": member.email, "password": "correct horse battery staple", "next": "/lt/me/data/"},
    )
    assert response["Location"] == "/lt/me/data/"
