import re

import pytest
from django.test import RequestFactory
from django.urls import reverse

from conftest import client_for
from tiltas.notifications import selectors, services
from tiltas.notifications.context_processors import unread
from tiltas.notifications.models import Notification

from .kinds import SAID, SECRET

pytestmark = pytest.mark.django_db


def _tell(person, what="hello", url="/lt/somewhere/", **extra):
    (row,) = services.notify(
        recipients=[person], kind=SAID.key, url=url, params={"who": "Ona", "what": what, **extra}
    )
    return row


def test_the_list_shows_ones_own_notifications_newest_first_unread_marked(member, trainer):
    _tell(member, "first")
    second = _tell(member, "second")
    _tell(trainer, "not yours")
    services.mark_read(member, [second.pk])
    page = client_for(member).get(reverse("notifications:list")).content.decode()
    assert page.index("Ona said second") < page.index("Ona said first")
    assert "not yours" not in page
    # Unread is said in words, not only by colour: exactly one row is marked.
    assert page.count('class="badge">') == 1


def test_a_notification_the_reader_may_no_longer_see_is_left_out(member):
    services.notify(recipients=[member], kind=SECRET.key, params={"what": "hidden", "allowed": []})
    page = client_for(member).get(reverse("notifications:list")).content.decode()
    assert "secret hidden" not in page


def test_the_header_shows_the_unread_count_with_an_accessible_name(member):
    _tell(member)
    _tell(member)
    page = client_for(member).get(reverse("core:dashboard")).content.decode()
    link = re.search(r'<a href="/lt/notifications/">(.*?)</a>', page, re.S).group(1)
    assert "(" in link and ">2<" in link  # "Pranešimai (2)" on screen
    assert re.search(r'class="visually-hidden">\s*2 ', link)  # "… 2 neperskaityti" to a reader


def test_the_header_count_costs_no_query_on_a_warm_cache(member, django_assert_num_queries):
    _tell(member)
    selectors.unread_count(member)
    request = RequestFactory().get("/")
    request.user = member
    with django_assert_num_queries(0):
        assert unread(request)["notifications_unread"]() == 1


def test_nobody_signed_out_sees_a_notifications_link(client):
    page = client.get(reverse("portal:home")).content.decode()
    assert "/lt/notifications/" not in page


def test_opening_marks_read_and_goes_to_the_target(member):
    row = _tell(member, url="/lt/events/")
    client = client_for(member)
    response = client.post(reverse("notifications:open", args=[row.pk]))
    assert response.status_code == 302 and response["Location"] == "/lt/events/"
    row.refresh_from_db()
    assert row.read_at is not None


def test_opening_never_leaves_the_site(member):
    row = _tell(member, url="//evil.example/")
    response = client_for(member).post(reverse("notifications:open", args=[row.pk]))
    assert response["Location"] == reverse("notifications:list")


def test_a_get_does_not_mark_read(member):
    row = _tell(member)
    client = client_for(member)
    assert client.get(reverse("notifications:open", args=[row.pk])).status_code == 405
    assert client.get(reverse("notifications:read", args=[row.pk])).status_code == 405
    row.refresh_from_db()
    assert row.read_at is None


def test_mark_one_and_all_read(member):
    first, second, third = _tell(member), _tell(member), _tell(member)
    client = client_for(member)
    response = client.post(reverse("notifications:read", args=[first.pk]), {"page": "1"})
    assert response["Location"] == reverse("notifications:list") + "?page=1"
    assert selectors.unread_count(member) == 2
    client.post(reverse("notifications:read_all"))
    assert selectors.unread_count(member) == 0
    assert not Notification.objects.filter(pk__in=[second.pk, third.pk], read_at=None).exists()


def test_someone_elses_notification_is_not_found(member, trainer):
    theirs = _tell(trainer)
    client = client_for(member)
    assert client.post(reverse("notifications:open", args=[theirs.pk])).status_code == 404
    assert client.post(reverse("notifications:read", args=[theirs.pk])).status_code == 404
    theirs.refresh_from_db()
    assert theirs.read_at is None


def test_the_list_paginates(member):
    for number in range(selectors.PER_PAGE + 3):
        _tell(member, f"n{number}")
    client = client_for(member)
    first = client.get(reverse("notifications:list")).content.decode()
    second = client.get(reverse("notifications:list") + "?page=2").content.decode()
    assert "Ona said n22<" in first and "Ona said n0<" not in first
    assert "Ona said n0<" in second


@pytest.mark.parametrize("size", [1, 10])
def test_the_list_makes_a_bounded_number_of_queries(
    size, member, make_user, django_assert_max_num_queries
):
    actors = [make_user() for _ in range(size)]
    for actor in actors:
        for _ in range(3):
            services.notify(
                recipients=[member], kind=SAID.key, actor=actor, params={"who": "a", "what": "b"}
            )
    client = client_for(member)
    client.get(reverse("notifications:list"))
    with django_assert_max_num_queries(8):
        assert client.get(reverse("notifications:list")).status_code == 200
