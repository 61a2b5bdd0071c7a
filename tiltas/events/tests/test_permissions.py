import pytest
from django.http import Http404
from django.urls import URLPattern, reverse

from tiltas.accounts.models import User
from tiltas.accounts.tests.helpers import reauthenticate
from tiltas.core.roles import MANAGERS, TEACHERS, Role
from tiltas.events import permissions
from tiltas.events.models import Event, EventStatus

from . import factories
from .factories import EventFactory, RegistrationFactory, StudyVisitFactory
from .url_samples import url_samples

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", *Role.values]


def events_patterns():
    # The app's own list: the site includes it indexed by path segments.
    from tiltas.events import urls

    for pattern in urls.urlpatterns:
        assert isinstance(pattern, URLPattern)
        yield pattern


def test_every_events_url_follows_its_rule(role_client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    samples = url_samples()
    clients = {role: role_client(role) for role in ROLES}
    # The trainer teaches the sample event; one who does not gets 404 (tested below).
    event = Event.objects.get(pk=samples["events:manage_detail"]["pk"])
    event.trainers.set(User.objects.filter(role=Role.TRAINER))
    checked = 0
    for pattern in events_patterns():
        name = f"events:{pattern.name}"
        rule = pattern.callback.access
        kwargs = samples.get(name, {}) if pattern.pattern.converters else {}
        assert not pattern.pattern.converters or name in samples, name
        url = reverse(name, kwargs=kwargs)
        for role, client in clients.items():
            response = client.get(url)
            if rule.kind == "public":
                assert response.status_code in {200, 302, 404}, (name, role)
                if name in {"events:calendar", "events:detail", "events:visits"}:
                    assert response.status_code == 200, (name, role)
            elif role == "anonymous":
                assert response.status_code == 302 and "/accounts/login/" in response.url, name
            elif rule.kind == "roles" and role not in rule.roles:
                assert response.status_code == 403, (name, role)
            else:
                # Allowed: a page, a redirect, 405 for POST-only, or 404 for someone
                # else's registration (the member's own pages).
                assert response.status_code in {200, 302, 405, 404}, (name, role, response)
                if rule.kind == "roles":
                    assert response.status_code in {200, 302, 405}, (name, role)
        checked += 1
    assert checked >= 40


def test_management_rules():
    assert permissions  # module imports
    patterns = {p.name: p.callback.access for p in events_patterns()}
    assert patterns["manage_check_in"].roles == frozenset(TEACHERS)
    assert patterns["manage_attendance"].roles == frozenset(TEACHERS)
    assert patterns["manage_edit"].roles == frozenset(MANAGERS)
    assert patterns["manage_export_csv"].roles == frozenset(MANAGERS)
    assert patterns["ticket"].kind == "signed_in"


def test_another_members_ticket_answers_and_survey_are_404(member, make_user, client):
    registration = RegistrationFactory(person=make_user())
    client.force_login(member)
    for name in ("events:ticket", "events:answers_edit", "events:survey"):
        assert client.get(reverse(name, kwargs={"pk": registration.pk})).status_code == 404
    assert client.post(reverse("events:cancel", kwargs={"pk": registration.pk})).status_code == 404
    registration.refresh_from_db()
    assert registration.status == "confirmed"


def test_staff_cannot_open_a_members_ticket(coordinator, client):
    registration = RegistrationFactory()
    client.force_login(coordinator)
    assert client.get(reverse("events:ticket", kwargs={"pk": registration.pk})).status_code == 404


def test_draft_event_hidden_from_public_and_members(member, trainer, client):
    event = EventFactory(status=EventStatus.DRAFT)
    url = reverse("events:detail", kwargs={"slug": event.slug})
    assert client.get(url).status_code == 404
    client.force_login(member)
    assert client.get(url).status_code == 404
    client.force_login(trainer)
    assert client.get(url).status_code == 200


def test_draft_visit_hidden(member, coordinator, client):
    visit = StudyVisitFactory(status="draft")
    url = reverse("events:visit_detail", kwargs={"slug": visit.slug})
    client.force_login(member)
    assert client.get(url).status_code == 404
    client.force_login(coordinator)
    assert client.get(url).status_code == 200


def test_registration_of_another_event_is_404_in_management(coordinator, client):
    event, other = EventFactory(), EventFactory()
    registration = RegistrationFactory(event=other)
    client.force_login(coordinator)
    url = reverse(
        "events:manage_registration_remove",
        kwargs={"pk": event.pk, "registration_pk": registration.pk},
    )
    assert client.post(url).status_code == 404
    registration.refresh_from_db()
    assert registration.status == "confirmed"


TRAINER_PAGES = (
    "manage_detail",
    "manage_check_in",
    "manage_attendance",
    "manage_attendance_sheet",
)


def test_trainer_sees_only_the_events_they_teach(trainer, make_user, coordinator, client):
    """AC-2: another trainer's event is a 404 on every staff page, and missing
    from the list; coordinators see all."""
    taught = EventFactory(title_lt="Taught here")
    other = EventFactory(title_lt="Taught elsewhere")
    taught.trainers.add(trainer)
    other.trainers.add(make_user(role=Role.TRAINER))
    registration = RegistrationFactory(event=other)
    client.force_login(trainer)
    reauthenticate(client)  # the attendance sheet asks for the password again
    for name in TRAINER_PAGES:
        kwargs = {"pk": other.pk}
        if name == "manage_attendance_sheet":
            kwargs["day"] = other.days[0].isoformat()
        assert client.get(reverse(f"events:{name}", kwargs=kwargs)).status_code == 404, name
        kwargs["pk"] = taught.pk
        if name == "manage_attendance_sheet":
            kwargs["day"] = taught.days[0].isoformat()
        assert client.get(reverse(f"events:{name}", kwargs=kwargs)).status_code == 200, name
    set_url = reverse(
        "events:manage_attendance_set", kwargs={"pk": other.pk, "registration_pk": registration.pk}
    )
    assert client.post(set_url, {"present": "1"}).status_code == 404
    check_in = reverse("events:manage_check_in", kwargs={"pk": other.pk})
    assert client.post(check_in, {"code": registration.ticket_token}).status_code == 404
    listing = client.get(reverse("events:manage_list")).content.decode()
    assert "Taught here" in listing and "Taught elsewhere" not in listing
    with pytest.raises(Http404):
        permissions.access_event_for_manage_by_id(trainer, other.pk)
    assert permissions.access_event_for_manage_by_id(coordinator, other.pk) == other
    client.force_login(coordinator)
    assert client.get(reverse("events:manage_detail", kwargs={"pk": other.pk})).status_code == 200


def test_management_gates_are_404_for_roles_that_do_not_manage(member, trainer, coordinator):
    event = EventFactory()
    event.trainers.add(trainer)
    visit = StudyVisitFactory()
    registration = RegistrationFactory(event=event)
    event_question = factories.EventQuestionFactory(event=event)
    survey_question = factories.SurveyQuestionFactory(event=event)
    delegate = factories.DelegationMemberFactory(visit=visit)
    managed = {
        permissions.access_event_question_for_manage_by_id: (event, event_question),
        permissions.access_survey_question_for_manage_by_id: (event, survey_question),
        permissions.access_delegation_member_for_manage_by_id: (visit, delegate),
    }
    for gate, (parent, item) in managed.items():
        assert gate(coordinator, parent, item.pk) == item
        for user in (member, trainer):
            with pytest.raises(Http404):
                gate(user, parent, item.pk)
    assert permissions.access_visit_for_manage_by_id(coordinator, visit.pk) == visit
    assert permissions.access_registration_for_manage_by_id(trainer, event, registration.pk)
    for gate, args in (
        (permissions.access_visit_for_manage_by_id, (visit.pk,)),
        (permissions.access_registration_for_manage_by_id, (event, registration.pk)),
        (permissions.access_event_for_manage_by_id, (event.pk,)),
    ):
        with pytest.raises(Http404):
            gate(member, *args)
    with pytest.raises(Http404):
        permissions.access_registration_for_manage_by_id(
            coordinator, EventFactory(), registration.pk
        )
