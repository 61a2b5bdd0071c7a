"""The page cache for anonymous visitors: each page is kept with the versions
of the scopes it shows, a change to one scope leaves every other page served,
and only pages that belong to nobody are shared."""

import re

import pytest
from django.contrib.auth.models import AnonymousUser
from django.contrib.messages.storage.fallback import FallbackStorage
from django.contrib.sessions.backends.cache import SessionStore
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csp import ContentSecurityPolicyMiddleware
from django.template import engines

from tiltas.core import public_cache, scopes
from tiltas.core.public_cache import cache_public_page, shows
from tiltas.core.scopes import scopes_changed

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache(shared_cache, monkeypatch):
    """The worker's own short-lived copy of the versions is off unless a test
    turns it on."""
    monkeypatch.setattr(scopes, "LOCAL_SECONDS", 0)


def anonymous(rf, path: str, **query: str):
    request = rf.get(path, query)
    request.user = AnonymousUser()
    request.session = SessionStore()
    request._messages = FallbackStorage(request)
    return request


def counting_view(*shown: str, **options):
    rendered: list[int] = []

    @cache_public_page(timeout=60, **options)
    def view(request):
        shows(*shown)
        rendered.append(1)
        return HttpResponse(f"render {len(rendered)}")

    return view, rendered


def test_a_hit_makes_no_query_and_a_change_to_its_scope_is_seen_after_commit(
    rf, django_assert_num_queries, django_capture_on_commit_callbacks
):
    view, _ = counting_view("learning.programme:1")
    assert view(anonymous(rf, "/en/p/1/")).content == b"render 1"
    with django_assert_num_queries(0):
        assert view(anonymous(rf, "/en/p/1/")).content == b"render 1"
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        scopes_changed("learning.programme:1")
    assert view(anonymous(rf, "/en/p/1/")).content == b"render 1"  # not committed yet
    for callback in callbacks:
        callback()
    assert view(anonymous(rf, "/en/p/1/")).content == b"render 2"


def test_a_change_to_one_scope_leaves_the_pages_of_others_served(
    rf, django_capture_on_commit_callbacks
):
    first, _ = counting_view("learning.programme:1")
    second, _ = counting_view("learning.programme:2")
    listing, _ = counting_view("learning.programme:*")
    for view, path in ((first, "/en/p/1/"), (second, "/en/p/2/"), (listing, "/en/p/")):
        assert view(anonymous(rf, path)).content == b"render 1"
    with django_capture_on_commit_callbacks(execute=True):
        scopes_changed("learning.programme:1", "learning.programme:*")
    assert first(anonymous(rf, "/en/p/1/")).content == b"render 2"
    assert listing(anonymous(rf, "/en/p/")).content == b"render 2"
    assert second(anonymous(rf, "/en/p/2/")).content == b"render 1"


def test_a_change_committed_while_the_page_renders_makes_the_stored_copy_stale(
    rf, django_capture_on_commit_callbacks
):
    changes = []

    @cache_public_page(timeout=60)
    def view(request):
        shows("events.event:7")
        if changes:  # another worker commits while this one renders
            with django_capture_on_commit_callbacks(execute=True):
                scopes_changed("events.event:7")
            changes.clear()
        return HttpResponse(f"places {len(changes)}")

    view(anonymous(rf, "/en/e/7/"))
    scopes_changed("events.event:7")  # outside a transaction: at once
    changes.append(1)
    view(anonymous(rf, "/en/e/7/"))  # rendered from the old data, stored under the old version
    assert view(anonymous(rf, "/en/e/7/")).content == b"places 0"
    stored = cache.get(public_cache._key(anonymous(rf, "/en/e/7/")))
    assert stored[0] == scopes.versions(stored[0])


def test_a_lost_version_starts_a_new_one_and_never_serves_old_pages(rf):
    view, _ = counting_view("portal.newsitem:*")
    view(anonymous(rf, "/en/news/"))
    cache.delete(scopes.key("scope:portal.newsitem:*"))  # evicted, or Redis restarted
    scopes.forget_local()
    assert view(anonymous(rf, "/en/news/")).content == b"render 2"
    assert view(anonymous(rf, "/en/news/")).content == b"render 2"


def test_other_workers_see_a_change_within_local_seconds(rf, monkeypatch, time_machine):
    monkeypatch.setattr(scopes, "LOCAL_SECONDS", 1.0)
    time_machine.move_to("2026-06-01 09:00+03:00", tick=False)
    view, _ = counting_view("site")
    view(anonymous(rf, "/en/"))
    view(anonymous(rf, "/en/"))
    # Another worker changes the site: this worker's copy of the version is
    # trusted for at most LOCAL_SECONDS.
    cache.set(scopes.key("scope:site"), "changed-elsewhere", None)
    assert view(anonymous(rf, "/en/")).content == b"render 1"
    time_machine.shift(2)
    scopes._local.clear()  # monotonic clocks are not moved by time_machine
    assert view(anonymous(rf, "/en/")).content == b"render 2"


def test_a_new_release_starts_with_no_page_of_the_old_one(rf, settings):
    view, _ = counting_view()
    view(anonymous(rf, "/en/"))
    assert view(anonymous(rf, "/en/")).content == b"render 1"
    settings.RELEASE = "next-release"
    scopes.forget_local()
    assert view(anonymous(rf, "/en/")).content == b"render 2"


def test_without_a_shared_cache_pages_are_rendered_every_time(rf, settings):
    settings.PAGE_CACHE = False
    view, rendered = counting_view()
    view(anonymous(rf, "/en/"))
    view(anonymous(rf, "/en/"))
    assert len(rendered) == 2


def test_only_allowlisted_query_strings_are_cached_each_under_its_own_key(rf):
    view, rendered = counting_view(query=("page",))
    assert view(anonymous(rf, "/en/list/", page="2")).content == b"render 1"
    assert view(anonymous(rf, "/en/list/", page="2")).content == b"render 1"
    assert view(anonymous(rf, "/en/list/", page="3")).content == b"render 2"
    assert view(anonymous(rf, "/en/list/")).content == b"render 3"
    # Anything else (tracking parameters, made-up names) is rendered every time.
    view(anonymous(rf, "/en/list/", utm_source="x"))
    view(anonymous(rf, "/en/list/", utm_source="x"))
    assert len(rendered) == 5


def test_signed_in_people_and_posts_are_never_served_from_the_cache(rf, member):
    view, rendered = counting_view()
    view(anonymous(rf, "/en/page/"))
    request = anonymous(rf, "/en/page/")
    request.user = member
    assert view(request).content == b"render 2"
    post = rf.post("/en/page/")
    post.user = AnonymousUser()
    post.session = SessionStore()
    post._messages = FallbackStorage(post)
    assert view(post).content == b"render 3"
    assert len(rendered) == 3


def test_pages_with_a_message_or_a_cookie_are_not_shared(rf):
    rendered = []

    @cache_public_page(timeout=60)
    def with_message(request):
        rendered.append(1)
        from django.contrib import messages

        messages.info(request, "Saved")
        return HttpResponse("saved")

    @cache_public_page(timeout=60)
    def with_cookie(request):
        rendered.append(1)
        response = HttpResponse("hello")
        response.set_cookie("visitor", "42")
        return response

    for view in (with_message, with_cookie):
        view(anonymous(rf, "/en/x/"))
        view(anonymous(rf, "/en/x/"))
    assert len(rendered) == 4


def run_with_csp(request, view) -> HttpResponse:
    middleware = ContentSecurityPolicyMiddleware(lambda request: view(request))
    return middleware(request)


def test_a_page_that_uses_the_csp_nonce_is_never_shared(rf):
    """A cached copy would carry the nonce of the visitor it was rendered for,
    while the middleware writes a fresh (or no) nonce into each response's
    header: the page's nonce scripts would be blocked. Such pages are rendered
    every time, so each response's nonce matches its own header."""
    template = engines["django"].from_string(
        '<script nonce="{{ csp_nonce }}" src="/s.js"></script>'
    )

    @cache_public_page(timeout=60)
    def with_nonce(request):
        return HttpResponse(template.render({"csp_nonce": request._csp_nonce}))

    nonces = []
    for _ in range(2):
        response = run_with_csp(anonymous(rf, "/en/n/"), with_nonce)
        nonce = re.search(r'nonce="([^"]+)"', response.content.decode())[1]
        assert f"'nonce-{nonce}'" in response["Content-Security-Policy"]
        nonces.append(nonce)
    assert nonces[0] != nonces[1]


def test_a_cached_page_gets_the_sites_policy_header(rf):
    view, _ = counting_view()
    for _ in range(2):
        response = run_with_csp(anonymous(rf, "/en/page/"), view)
        assert "script-src 'self'" in response["Content-Security-Policy"]
    assert response.content == b"render 1"


def test_an_expired_page_is_rendered_again_by_one_request_while_the_others_get_it(rf, time_machine):
    time_machine.move_to("2026-06-01 09:00+03:00", tick=False)
    view, rendered = counting_view()  # timeout=60
    assert view(anonymous(rf, "/en/results/")).content == b"render 1"
    time_machine.shift(61)
    key = public_cache._key(anonymous(rf, "/en/results/"))
    assert public_cache._refresh_claimed(key)  # another request is rendering it now …
    assert view(anonymous(rf, "/en/results/")).content == b"render 1"  # … so this one waits not
    cache.delete(f"{key}:refreshing")
    assert view(anonymous(rf, "/en/results/")).content == b"render 2"
    assert view(anonymous(rf, "/en/results/")).content == b"render 2"
    assert len(rendered) == 2
    time_machine.shift(60 + public_cache.STALE_SECONDS + 1)  # gone from the cache altogether
    assert view(anonymous(rf, "/en/results/")).content == b"render 3"
