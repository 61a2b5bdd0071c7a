"""The cached home page: anonymous visitors share it per language, and every
service that changes what it shows refreshes it at once."""

import datetime

import pytest
import time_machine
from django.contrib.auth.models import AnonymousUser
from django.contrib.messages.storage.fallback import FallbackStorage
from django.contrib.sessions.backends.cache import SessionStore
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from tiltas.core.public_cache import cache_public_page
from tiltas.core.scopes import versions
from tiltas.core.tests.form_data import translated_form_data
from tiltas.portal import services
from tiltas.portal.models import Page, ProjectText, Theme
from tiltas.portal.views.public import HOME_CACHE_SECONDS

from .factories import NewsItemFactory, PageFactory, ProjectTextFactory, ThemeFactory

# Real commits: scope versions change in on-commit callbacks.
pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def _page_cache(shared_cache):
    """Pages kept per scope, as in production."""


def home(language: str = "en") -> str:
    with translation.override(language):
        return reverse("portal:home")


def get_home(client: Client, language: str = "en") -> str:
    response = client.get(home(language))
    assert response.status_code == 200
    return response.content.decode()


def theme_data(theme: Theme, **changes: str) -> dict[str, str]:
    return translated_form_data(theme, ("title", "text"), **changes)


def test_anonymous_visitors_get_the_cached_home_page(client, django_assert_max_num_queries):
    theme = ThemeFactory(order=1, title_en="Lifelong learning")
    assert "Lifelong learning" in get_home(client)
    # A change that bypasses the services is not seen until the cache expires …
    Theme.objects.filter(pk=theme.pk).update(title_en="Changed behind our back")
    with django_assert_max_num_queries(1):  # the version, nothing else
        assert "Lifelong learning" in get_home(Client())
    # … which it does after HOME_CACHE_SECONDS at most.
    later = timezone.now() + datetime.timedelta(seconds=HOME_CACHE_SECONDS + 1)
    with time_machine.travel(later, tick=False):
        assert "Changed behind our back" in get_home(Client())


def test_an_edit_in_the_django_admin_is_seen_at_once(client, django_capture_on_commit_callbacks):
    theme = ThemeFactory(order=1, title_en="Lifelong learning")
    assert "Lifelong learning" in get_home(client)
    with django_capture_on_commit_callbacks(execute=True):
        theme.title_en = "Edited in the admin"
        theme.save()  # as the Django admin saves: no service, the model's signals only
    assert "Edited in the admin" in get_home(Client())


def test_each_language_has_its_own_cached_page(client):
    ThemeFactory(order=1, title_lt="Mokymasis visą gyvenimą", title_en="Lifelong learning")
    assert "Mokymasis visą gyvenimą" in get_home(client, "lt")
    english = get_home(client, "en")
    assert "Lifelong learning" in english
    assert 'lang="en"' in english
    assert 'lang="lt"' in get_home(client, "lt").split(">", 2)[1]


def test_publishing_and_unpublishing_news_refresh_the_home_page(client, coordinator):
    item = NewsItemFactory(title_en="Study visit to Trondheim", draft=True)
    assert "Study visit to Trondheim" not in get_home(client)
    services.news_publish(news_item=item, actor=coordinator)
    assert "Study visit to Trondheim" in get_home(client)
    data = {"title_lt": item.title_lt, "title_en": "Study visit to Bergen"}
    services.news_update(news_item=item, actor=coordinator, data=data)
    assert "Study visit to Bergen" in get_home(client)
    services.news_unpublish(news_item=item, actor=coordinator)
    assert "Study visit to Bergen" not in get_home(client)


def test_editing_a_theme_or_the_essence_refreshes_the_home_page(client, coordinator):
    theme = ThemeFactory(order=1, title_en="Lifelong learning")
    essence = ProjectTextFactory(key=ProjectText.Key.ESSENCE, body_en="The old essence.")
    html = get_home(client)
    assert "Lifelong learning" in html and "The old essence." in html
    services.theme_update(
        theme=theme, actor=coordinator, data=theme_data(theme, title_en="Learning for life")
    )
    assert "Learning for life" in get_home(client)
    services.project_text_update(
        project_text=essence,
        actor=coordinator,
        data={"title_lt": essence.title_lt, "body_lt": "Esmė", "body_en": "The new essence."},
    )
    assert "The new essence." in get_home(client)


def test_an_edit_changes_the_scope_of_its_page_and_no_other(coordinator):
    about, contact = PageFactory(slug=Page.Slug.ABOUT), PageFactory(slug=Page.Slug.CONTACT)
    scopes = [f"portal.page:{about.pk}", f"portal.page:{contact.pk}", "site"]
    before = versions(scopes)
    data = {"title_lt": about.title_lt, "body_lt": "Naujas tekstas"}
    services.page_update(page=about, actor=coordinator, data=data)
    after = versions(scopes)
    assert after[scopes[0]] != before[scopes[0]]
    assert after[scopes[1]] == before[scopes[1]]
    assert after["site"] == before["site"]


def test_signed_in_people_never_share_the_cached_page(client, coordinator):
    ThemeFactory(order=1)
    anonymous = get_home(client)
    assert "Sign out" not in anonymous
    signed_in = Client()
    signed_in.force_login(coordinator)
    staff_page = get_home(signed_in)
    assert "Sign out" in staff_page
    assert reverse("core:manage") in staff_page
    # And the page rendered for the coordinator is not handed to visitors.
    assert "Sign out" not in get_home(Client())


def test_a_pending_message_is_shown_to_its_visitor_only(member):
    ThemeFactory(order=1)
    get_home(Client())  # the page is cached now
    leaving = Client()
    leaving.force_login(member)
    with translation.override("en"):
        leaving.post(reverse("account_logout"))
    with_message = get_home(leaving)
    assert 'class="messages"' in with_message
    assert 'class="messages"' not in get_home(Client())
    assert 'class="messages"' not in get_home(leaving)


def test_other_pages_and_query_strings_are_not_cached(client):
    ThemeFactory(order=1, title_en="Lifelong learning")
    get_home(client)
    Theme.objects.update(title_en="Changed")
    assert "Changed" in client.get(home() + "?from=feed").content.decode()


def test_a_page_with_a_csrf_token_or_a_cookie_is_never_shared(rf):
    rendered = []

    @cache_public_page(timeout=60)
    def with_token(request):
        rendered.append(1)
        return HttpResponse(get_token(request))

    @cache_public_page(timeout=60)
    def with_cookie(request):
        rendered.append(1)
        response = HttpResponse("hello")
        response.set_cookie("visitor", "42")
        return response

    for view, path in ((with_token, "/en/token/"), (with_cookie, "/en/cookie/")):
        for _ in range(2):
            request = rf.get(path)
            request.user = AnonymousUser()
            request.session = SessionStore()
            request._messages = FallbackStorage(request)
            view(request)
    assert len(rendered) == 4  # each rendered every time: nothing was cached
