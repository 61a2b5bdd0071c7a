"""The learner's pages are rendered for every request from data kept per
programme (tiltas.core.public_cache.content_cached): a second visit reads the
lesson and the outline from the cache, and the learner's own progress, an
unenrolment, an author's edit or a change of role is on the next page."""

import pytest
from django.urls import reverse

from tiltas.accounts.models import User
from tiltas.core.roles import Role
from tiltas.learning import services

from .factories import EnrolmentFactory, course
from .helpers import queries_for, signed_in

# Real commits: the versions change in on-commit callbacks.
pytestmark = pytest.mark.django_db(transaction=True)

DONE = "Šią pamoką baigėte."  # "You have completed this lesson."


@pytest.fixture
def learner(member):
    programme, _module, lessons, _quiz = course(lessons=2)
    EnrolmentFactory(person=member, programme=programme)
    client = signed_in(member)
    client.get(reverse("learning:dashboard"))  # the browser's CSRF cookie, as after a sign-in
    return member, client, programme, lessons


def test_a_second_visit_reads_the_lesson_and_outline_from_the_cache(shared_cache, learner):
    _member, client, programme, lessons = learner
    url = reverse("learning:lesson", args=[programme.slug, lessons[0].pk])
    first = queries_for(client, url)  # reads the lesson, records the first view
    # The session, the person, the programme and the learner's three marks
    # (progress, attempts, completion): the lesson and the outline are shared.
    assert queries_for(client, url) == 6 < first


def test_completing_a_lesson_shows_on_the_lesson_and_the_dashboard(shared_cache, learner):
    _member, client, programme, lessons = learner
    lesson_url = reverse("learning:lesson", args=[programme.slug, lessons[0].pk])
    dashboard_url = reverse("learning:dashboard")
    assert 'value="0"' in client.get(dashboard_url).content.decode()
    assert DONE not in client.get(lesson_url).content.decode()
    # The form's token comes from the cached copy: it is valid for this browser.
    page = client.get(lesson_url).content.decode()
    token = page.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    client.handler.enforce_csrf_checks = True
    response = client.post(
        reverse("learning:lesson_complete", args=[programme.slug, lessons[0].pk]),
        {"csrfmiddlewaretoken": token},
    )
    client.handler.enforce_csrf_checks = False
    assert response.status_code == 302
    client.get(response["Location"])  # the next step shows (and clears) any message
    assert DONE in client.get(lesson_url).content.decode()
    assert 'value="33"' in client.get(dashboard_url).content.decode()  # 1 of 3 steps


def test_an_authors_edit_shows_at_the_next_visit(shared_cache, learner, coordinator):
    _member, client, programme, lessons = learner
    url = reverse("learning:lesson", args=[programme.slug, lessons[0].pk])
    client.get(url)
    services.lesson_update(
        lesson=lessons[0], actor=coordinator, data={"title_lt": "Naujas pavadinimas"}
    )
    assert "Naujas pavadinimas" in client.get(url).content.decode()


def test_an_edit_in_the_django_admin_shows_too(shared_cache, learner):
    _member, client, programme, lessons = learner
    url = reverse("learning:lesson", args=[programme.slug, lessons[1].pk])
    client.get(url)
    lessons[0].title_lt = "Pakeista administravimo svetainėje"
    lessons[0].save()  # as the admin does: no service, only the model's signals
    assert "Pakeista administravimo svetainėje" in client.get(url).content.decode()


def test_an_ended_enrolment_closes_the_cached_lesson(shared_cache, learner):
    member, client, programme, lessons = learner
    url = reverse("learning:lesson", args=[programme.slug, lessons[0].pk])
    assert client.get(url).status_code == 200
    programme.enrolments.filter(person=member).delete()
    assert client.get(url).status_code == 404


def test_a_role_taken_away_or_a_deactivation_counts_on_the_next_request(
    shared_cache, learner, make_user
):
    trainer = make_user(role=Role.TRAINER)
    client = signed_in(trainer)
    manage = reverse("learning:manage_list")
    assert client.get(manage).status_code == 200
    User.objects.filter(pk=trainer.pk).update(role=Role.MEMBER)  # no signal, no cache to empty
    assert client.get(manage).status_code == 403
    member, member_client, _programme, _lessons = learner
    dashboard = reverse("learning:dashboard")
    assert member_client.get(dashboard).status_code == 200
    User.objects.filter(pk=member.pk).update(is_active=False)
    assert member_client.get(dashboard).status_code == 302  # to the sign-in page
