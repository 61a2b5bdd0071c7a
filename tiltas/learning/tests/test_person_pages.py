"""The learner's pages kept in the shared cache (tiltas.core.person_cache): a
second visit is served from the cache, and the learner's own progress, an
unenrolment or an author's edit is on the page at the next visit."""

import pytest
from django.urls import reverse

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


def test_a_second_visit_is_served_from_the_cache(shared_cache, learner):
    _member, client, programme, lessons = learner
    url = reverse("learning:lesson", args=[programme.slug, lessons[0].pk])
    rendered = queries_for(client, url)
    assert queries_for(client, url) < rendered
    assert queries_for(client, url) <= 1  # at most the session (the person is cached too)


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


def test_opening_a_new_lesson_leaves_the_other_kept_pages_as_they_are(
    shared_cache, learner, django_assert_max_num_queries
):
    _member, client, programme, lessons = learner
    dashboard_url = reverse("learning:dashboard")
    client.get(dashboard_url)  # kept
    first_visit = reverse("learning:lesson", args=[programme.slug, lessons[1].pk])
    client.get(first_visit)  # records the first view: nothing any page shows
    with django_assert_max_num_queries(1):  # the session at most: still the kept copy
        assert client.get(dashboard_url).status_code == 200
    with django_assert_max_num_queries(1):  # and the lesson itself is kept already
        assert client.get(first_visit).status_code == 200
