import pytest
from django.http import Http404
from django.test import Client
from django.urls import reverse
from django.utils import translation

from tiltas.portal.permissions import (
    access_news_item_by_slug,
    access_news_item_for_manage_by_id,
    access_page_for_manage_by_slug,
    access_project_text_for_manage_by_key,
    access_theme_for_manage_by_id,
)

from .factories import NewsItemFactory, PageFactory, ProjectTextFactory, ThemeFactory
from .url_samples import url_samples

pytestmark = pytest.mark.django_db

MANAGE_URLS = [
    "portal:manage_index",
    "portal:manage_text_edit",
    "portal:manage_theme_edit",
    "portal:manage_page_edit",
    "portal:manage_news_list",
    "portal:manage_news_create",
    "portal:manage_news_edit",
    "portal:manage_news_publish",
    "portal:manage_news_unpublish",
]
POST_ONLY = {"portal:manage_news_publish", "portal:manage_news_unpublish"}


def manage_url(name: str, samples: dict) -> str:
    with translation.override("en"):
        return reverse(name, kwargs=samples.get(name))


@pytest.mark.parametrize("role", ["member", "trainer", "integrity_officer"])
def test_other_roles_get_403_on_every_manage_page(role_client, role):
    client = role_client(role)
    samples = url_samples()
    for name in MANAGE_URLS:
        assert client.get(manage_url(name, samples)).status_code == 403, name
        assert client.post(manage_url(name, samples)).status_code == 403, name


def test_anonymous_is_sent_to_sign_in_from_every_manage_page():
    client = Client()
    samples = url_samples()
    for name in MANAGE_URLS:
        response = client.get(manage_url(name, samples))
        assert response.status_code == 302, name
        assert "/accounts/login/" in response["Location"], name


@pytest.mark.parametrize("role", ["coordinator", "administrator"])
def test_managers_reach_every_manage_page(role_client, role):
    client = role_client(role)
    samples = url_samples()
    for name in MANAGE_URLS:
        expected = 405 if name in POST_ONLY else 200
        assert client.get(manage_url(name, samples)).status_code == expected, name


def test_a_coordinator_without_totp_is_sent_to_set_it_up(make_user):
    client = Client()
    client.force_login(make_user(role="coordinator", with_totp=False))
    response = client.get(manage_url("portal:manage_index", {}))
    assert response.status_code == 302
    assert response["Location"] == reverse("core:mfa_required")


def test_publish_needs_the_csrf_token(make_user):
    item = NewsItemFactory(draft=True)
    client = Client(enforce_csrf_checks=True)
    client.force_login(make_user(role="coordinator"))
    assert (
        client.post(
            manage_url(
                "portal:manage_news_publish", {"portal:manage_news_publish": {"pk": item.pk}}
            )
        ).status_code
        == 403
    )
    item.refresh_from_db()
    assert item.status == "draft"


def test_drafts_are_visible_by_slug_only_to_managers(member, coordinator, administrator):
    draft = NewsItemFactory(draft=True)
    published = NewsItemFactory()
    assert access_news_item_by_slug(member, published.slug) == published
    with pytest.raises(Http404):
        access_news_item_by_slug(member, draft.slug)
    assert access_news_item_by_slug(coordinator, draft.slug) == draft
    assert access_news_item_by_slug(administrator, draft.slug) == draft


@pytest.mark.parametrize("role", ["member", "trainer", "integrity_officer"])
def test_edit_access_functions_hide_everything_from_other_roles(make_user, role):
    user = make_user(role=role)
    item, page = NewsItemFactory(), PageFactory()
    theme, text = ThemeFactory(order=1), ProjectTextFactory()
    with pytest.raises(Http404):
        access_news_item_for_manage_by_id(user, item.pk)
    with pytest.raises(Http404):
        access_page_for_manage_by_slug(user, page.slug)
    with pytest.raises(Http404):
        access_theme_for_manage_by_id(user, theme.pk)
    with pytest.raises(Http404):
        access_project_text_for_manage_by_key(user, text.key)


def test_edit_access_functions_give_404_for_missing_objects(coordinator):
    with pytest.raises(Http404):
        access_news_item_for_manage_by_id(coordinator, 999_999)
    with pytest.raises(Http404):
        access_theme_for_manage_by_id(coordinator, 999_999)
    with pytest.raises(Http404):
        access_project_text_for_manage_by_key(coordinator, "nothing")
    with pytest.raises(Http404):
        access_page_for_manage_by_slug(coordinator, "nothing")


def test_every_portal_url_has_an_access_rule():
    from django.urls import get_resolver

    resolver = get_resolver()
    for name in ["portal:home", "portal:partners", "portal:news_list", "portal:news_feed"]:
        with translation.override("lt"):
            match = resolver.resolve(reverse(name))
        assert getattr(match.func, "access", None) is not None, name
    samples = url_samples()
    for name, kwargs in samples.items():
        with translation.override("lt"):
            match = resolver.resolve(reverse(name, kwargs=kwargs))
        assert getattr(match.func, "access", None) is not None, name
