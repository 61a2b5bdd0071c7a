"""The good-practice library: who reads, writes and comments; organisations'
"we use this too"; filters and query budgets."""

import pytest
import time_machine
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone, translation

from conftest import client_for
from tiltas.accounts.models import Country
from tiltas.accounts.tests.factories import OrganisationFactory, UserFactory
from tiltas.core.audit import AuditEntry
from tiltas.core.roles import Role
from tiltas.network.models import Audience, Practice, PracticeStatus, PracticeUse
from tiltas.network.selectors.practices import practices_list
from tiltas.network.services import practices as services
from tiltas.notifications.models import Notification
from tiltas.notifications.selectors import unread_count
from tiltas.portal.tests.factories import ThemeFactory

from .factories import PracticeFactory

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "member", "trainer", "coordinator", "integrity_officer", "administrator"]


def url(name: str, **kwargs) -> str:
    with translation.override("en"):
        return reverse(f"network:{name}", kwargs=kwargs)


def entry(**changes) -> dict:
    return {
        "title": "Jaunimo garantijų iniciatyva",
        "problem": "Jaunimas neranda paslaugų.",
        "solution": "Vienas langelis seniūnijose.",
        "results": "",
        "resources": "",
        "contact_organisation": None,
        "theme": 2,
        "country": Country.LT,
        "audience": Audience.PUBLIC,
        "status": PracticeStatus.DRAFT,
    } | changes


@pytest.fixture
def author():
    return UserFactory(full_name="Rūta Jonaitienė", preferred_language="lt")


def test_a_member_writes_a_draft_and_publishing_dates_it(author):
    practice = services.practice_save(
        actor=author, data=entry(), tags="jaunimas, Jaunimas, Seniūnijos"
    )
    assert practice.author == author
    assert practice.published_at is None
    assert sorted(practice.tags.values_list("name", flat=True)) == ["Seniūnijos", "jaunimas"]
    published = services.practice_save(
        actor=author, data={"status": PracticeStatus.PUBLISHED}, practice=practice
    )
    assert published.published_at is not None
    actions = AuditEntry.objects.values_list("action", flat=True)
    assert {"network.practice.created", "network.practice.updated"} <= set(actions)


def test_only_the_author_and_coordinators_edit_a_practice(author, make_user):
    practice = services.practice_save(actor=author, data=entry())
    with pytest.raises(PermissionDenied):
        services.practice_save(actor=UserFactory(), data={"title": "Kita"}, practice=practice)
    coordinator = make_user(role=Role.COORDINATOR)
    changed = services.practice_save(
        actor=coordinator, data={"title": "Taisyta"}, practice=practice
    )
    assert changed.title == "Taisyta"
    assert changed.author == author


def test_too_many_or_too_long_tags_and_a_bad_theme_are_refused(author):
    with pytest.raises(ValidationError) as error:
        services.practice_save(actor=author, data=entry(), tags=",".join(f"t{n}" for n in range(9)))
    assert "tags" in error.value.message_dict
    with pytest.raises(ValidationError):
        services.practice_save(actor=author, data=entry(), tags="x" * 41)
    with pytest.raises(ValidationError):
        services.practice_save(actor=author, data=entry(theme=7))
    assert not Practice.objects.exists()


@pytest.mark.parametrize("role", ROLES)
def test_who_reads_a_members_only_practice_and_a_draft(role_client, role):
    members_only = PracticeFactory(audience=Audience.MEMBERS)
    draft = PracticeFactory(status=PracticeStatus.DRAFT, published_at=None)
    client = role_client(role)
    expected = 404 if role == "anonymous" else 200
    assert client.get(url("practice", pk=members_only.pk)).status_code == expected
    expected = 200 if role in ("coordinator", "administrator") else 404
    assert client.get(url("practice", pk=draft.pk)).status_code == expected
    assert client.get(url("practice_edit", pk=draft.pk)).status_code in (expected, 302)


def test_the_author_sees_and_edits_their_draft(author):
    draft = PracticeFactory(status=PracticeStatus.DRAFT, published_at=None, author=author)
    client = client_for(author)
    assert draft.title in client.get(url("practices")).content.decode()
    assert client.get(url("practice", pk=draft.pk)).status_code == 200
    assert client.get(url("practice_edit", pk=draft.pk)).status_code == 200


def test_the_list_filters_by_theme_country_and_tag():
    youth = PracticeFactory(title="Jaunimo centras", theme=1, country=Country.LT)
    PracticeFactory(title="Innbyggertorget", theme=3, country=Country.NO)
    services.practice_save(actor=youth.author, data={}, tags="jaunimas", practice=youth)
    PracticeFactory(title="Tik nariams", audience=Audience.MEMBERS)

    def titles(viewer=None, **filters):
        from django.contrib.auth.models import AnonymousUser

        return [p.title for p in practices_list(viewer or AnonymousUser(), **filters)]

    assert sorted(titles()) == ["Innbyggertorget", "Jaunimo centras"]
    assert titles(theme=3) == ["Innbyggertorget"]
    assert titles(country=Country.LT) == ["Jaunimo centras"]
    assert titles(tag="jaunimas") == ["Jaunimo centras"]
    assert "Tik nariams" in titles(UserFactory())


def test_the_list_page_shows_theme_titles_and_hides_members_only_practices(client):
    ThemeFactory(order=1, title_en="Transparency and integrity")
    PracticeFactory(title="Jaunimo centras", theme=1)
    PracticeFactory(title="Tik nariams", audience=Audience.MEMBERS)
    page = client.get(url("practices")).content.decode()
    assert "Jaunimo centras" in page and "Transparency and integrity" in page
    assert "Tik nariams" not in page
    assert client.get(url("practices"), {"theme": "9"}).status_code == 200


def test_a_comment_tells_the_author_in_their_language(author):
    practice = PracticeFactory(author=author, title="Jaunimo centras")
    commenter = UserFactory(full_name="Ingrid Hansen")
    services.comment_add(actor=commenter, practice=practice, body="  Vi gjør det samme i Bodø.  ")
    notification = Notification.objects.get(recipient=author)
    assert notification.kind == "network.practice_commented"
    assert notification.url.startswith(f"/lt/network/practices/{practice.pk}/#comment-")
    assert unread_count(author) == 1
    services.comment_add(actor=author, practice=practice, body="Ačiū!")
    assert Notification.objects.filter(recipient=author).count() == 1  # not for one's own


def test_nobody_comments_on_what_they_may_not_read(author):
    draft = PracticeFactory(status=PracticeStatus.DRAFT, published_at=None, author=author)
    with pytest.raises(PermissionDenied):
        services.comment_add(actor=UserFactory(), practice=draft, body="Labas")
    response = client_for(UserFactory()).post(url("practice_comment", pk=draft.pk), {"body": "x"})
    assert response.status_code == 404


def test_an_oversized_comment_is_explained_and_kept(author):
    practice = PracticeFactory()
    text = "Labai ilgas komentaras. " * 200
    response = client_for(author).post(url("practice_comment", pk=practice.pk), {"body": text})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Ensure this value has at most 4000 characters" in page
    assert "Labai ilgas komentaras." in page


def test_comments_are_for_members(client, author):
    practice = PracticeFactory()
    services.comment_add(actor=author, practice=practice, body="Puiki mintis")
    assert "Puiki mintis" not in client.get(url("practice", pk=practice.pk)).content.decode()
    member_page = client_for(UserFactory()).get(url("practice", pk=practice.pk)).content.decode()
    assert "Puiki mintis" in member_page and "Rūta Jonaitienė" in member_page
    assert "Written by" in member_page
    assert "Written by" not in client.get(url("practice", pk=practice.pk)).content.decode()


def test_an_organisation_says_once_that_it_uses_a_practice():
    practice = PracticeFactory()
    bodo = OrganisationFactory(name="Bodø kommune", country=Country.NO, region="")
    first, second = UserFactory(organisation=bodo), UserFactory(organisation=bodo)
    services.practice_use_mark(actor=first, practice=practice)
    services.practice_use_mark(actor=second, practice=practice)
    assert PracticeUse.objects.filter(practice=practice).count() == 1
    services.practice_use_unmark(actor=second, practice=practice)
    assert not PracticeUse.objects.exists()
    with pytest.raises(ValidationError):
        services.practice_use_mark(actor=UserFactory(organisation=None), practice=practice)


def test_the_use_button_marks_and_withdraws(client):
    practice = PracticeFactory()
    person = UserFactory(organisation=OrganisationFactory(name="Bodø kommune"))
    member = client_for(person)
    assert member.post(url("practice_use", pk=practice.pk)).status_code == 302
    assert "Bodø kommune" in client.get(url("practice", pk=practice.pk)).content.decode()
    member.post(url("practice_use", pk=practice.pk), {"action": "withdraw"})
    assert not PracticeUse.objects.exists()
    assert member.get(url("practice_use", pk=practice.pk)).status_code == 405


def test_writing_a_practice_on_the_page_keeps_bad_input(author):
    ThemeFactory(order=2, title_en="Social inclusion")
    client = client_for(author)
    assert client.get(url("practice_create")).status_code == 200
    data = entry(title="Mano praktika", tags="a, " + "x" * 41)
    data["contact_organisation"] = ""
    response = client.post(url("practice_create"), data)
    assert response.status_code == 400
    page = response.content.decode()
    assert "A tag is at most 40 characters." in page and "Mano praktika" in page
    data["tags"] = "jaunimas"
    response = client.post(url("practice_create"), data)
    assert response.status_code == 302
    assert Practice.objects.get().title == "Mano praktika"


def test_a_lesson_can_link_to_a_practice():
    from tiltas.core.text import render_markdown

    practice = PracticeFactory()
    html = render_markdown(f"Žr. [gerąją praktiką]({url('practice', pk=practice.pk)}).")
    assert f'href="/en/network/practices/{practice.pk}/"' in html


@pytest.mark.parametrize("times", [1, 10])
def test_the_list_and_a_practice_have_a_query_budget(times, django_assert_max_num_queries):
    for order in range(1, 7):
        ThemeFactory(order=order)
    for _n in range(3 * times):
        practice = PracticeFactory()
        services.practice_save(actor=practice.author, data={}, tags="a, b", practice=practice)
        services.comment_add(actor=UserFactory(), practice=practice, body="Puiku")
        services.practice_use_mark(
            actor=UserFactory(organisation=OrganisationFactory()), practice=practice
        )
    member = client_for(UserFactory(organisation=OrganisationFactory()))
    for client in (client_for(None), member):
        with django_assert_max_num_queries(14):
            assert client.get(url("practices")).status_code == 200
        with django_assert_max_num_queries(14):
            assert client.get(url("practice", pk=practice.pk)).status_code == 200


def test_a_flood_of_comments_gets_429(author):
    practice = PracticeFactory()
    client = client_for(author)
    # A still clock: under load the requests could outlast the minute's window.
    with time_machine.travel(timezone.now(), tick=False):
        answers = [
            client.post(url("practice_comment", pk=practice.pk), {"body": f"Nr. {n}"}).status_code
            for n in range(11)
        ]
    assert answers[:10] == [302] * 10
    assert answers[10] == 429


def test_the_sitemap_lists_public_published_practices_only(client):
    public = PracticeFactory()
    members_only = PracticeFactory(audience=Audience.MEMBERS)
    draft = PracticeFactory(status=PracticeStatus.DRAFT, published_at=None)
    sitemap = client.get("/sitemap.xml").content.decode()
    assert f"/lt/network/practices/{public.pk}/" in sitemap
    assert f"/network/practices/{members_only.pk}/" not in sitemap
    assert f"/network/practices/{draft.pk}/" not in sitemap


def test_an_organisation_page_lists_the_practices_it_is_the_contact_for(client):
    bodo = OrganisationFactory(slug="bodo", name="Bodø kommune", country=Country.NO, region="")
    PracticeFactory(title="Frivilligsentral", contact_organisation=bodo)
    PracticeFactory(
        title="Bare for medlemmer", contact_organisation=bodo, audience=Audience.MEMBERS
    )
    page = client.get(url("organisation", slug="bodo")).content.decode()
    assert "Frivilligsentral" in page and "Bare for medlemmer" not in page
    member_page = client_for(UserFactory()).get(url("organisation", slug="bodo")).content.decode()
    assert "Bare for medlemmer" in member_page
