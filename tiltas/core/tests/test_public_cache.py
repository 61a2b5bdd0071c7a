"""The shared page cache for anonymous visitors: the version lives in the cache,
changes take effect on commit, and only pages that belong to nobody are shared."""

import re
import time

import pytest
from django.contrib.auth.models import AnonymousUser
from django.contrib.messages.storage.fallback import FallbackStorage
from django.contrib.sessions.backends.cache import SessionStore
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csp import ContentSecurityPolicyMiddleware
from django.template import engines

from tiltas.core import public_cache
from tiltas.core.public_cache import (
    VERSION_KEY,
    cache_public_page,
    public_pages_changed,
    public_pages_version,
    version_in_cache,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def shared_cache(settings, monkeypatch):
    """The production mode (Redis): the version kept in the cache. One test
    process shares its local memory, so that stands in for Redis here; the
    worker's own short-lived copy is off unless a test turns it on."""
    settings.PUBLIC_CACHE_VERSION_IN_CACHE = True
    monkeypatch.setattr(public_cache, "LOCAL_SECONDS", 0)
    public_cache.forget_local()
    yield
    public_cache.forget_local()


def anonymous(rf, path: str, **query: str):
    request = rf.get(path, query)
    request.user = AnonymousUser()
    request.session = SessionStore()
    request._messages = FallbackStorage(request)
    return request


def counting_view(**options):
    rendered: list[int] = []

    @cache_public_page(timeout=60, **options)
    def view(request):
        rendered.append(1)
        return HttpResponse(f"render {len(rendered)}")

    return view, rendered


def test_shared_cache_a_hit_makes_no_query_and_a_change_is_seen_after_commit(
    shared_cache, rf, django_assert_num_queries, django_capture_on_commit_callbacks
):
    view, rendered = counting_view()
    assert view(anonymous(rf, "/en/page/")).content == b"render 1"
    with django_assert_num_queries(0):
        assert view(anonymous(rf, "/en/page/")).content == b"render 1"
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        public_pages_changed()
        # Not before the commit: a visitor would cache the old content anew.
        assert view(anonymous(rf, "/en/page/")).content == b"render 1"
    for callback in callbacks:
        callback()
    assert view(anonymous(rf, "/en/page/")).content == b"render 2"
    assert len(rendered) == 2


def test_shared_cache_a_lost_version_starts_a_new_one_and_never_serves_old_pages(shared_cache, rf):
    view, _ = counting_view()
    first = public_pages_version()
    assert view(anonymous(rf, "/en/page/")).content == b"render 1"
    # The version key alone evicted (LRU) or the whole cache flushed: never
    # back to a version under which older pages may still be stored.
    cache.delete(VERSION_KEY)
    assert public_pages_version() != first
    assert view(anonymous(rf, "/en/page/")).content == b"render 2"
    cache.clear()
    assert view(anonymous(rf, "/en/page/")).content == b"render 3"
    assert public_pages_version() == public_pages_version()


def test_shared_cache_other_workers_see_a_change_within_local_seconds(
    shared_cache, rf, monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setattr(public_cache, "LOCAL_SECONDS", 0.2)
    view, _ = counting_view()
    assert view(anonymous(rf, "/en/page/")).content == b"render 1"
    # Another worker's change reaches the shared cache, not this worker's memory.
    cache.set(VERSION_KEY, "changed elsewhere", None)
    assert view(anonymous(rf, "/en/page/")).content == b"render 1"
    time.sleep(0.25)
    assert view(anonymous(rf, "/en/page/")).content == b"render 2"
    # This worker's own change is seen at once.
    with django_capture_on_commit_callbacks(execute=True):
        public_pages_changed()
    assert view(anonymous(rf, "/en/page/")).content == b"render 3"


def test_local_memory_keeps_the_version_in_the_database(rf, django_assert_num_queries):
    """Without Redis each worker has its own cache: the version must be one all
    workers read, so it is a database row, changed with the content."""
    assert not version_in_cache()
    view, _ = counting_view()
    assert view(anonymous(rf, "/en/page/")).content == b"render 1"
    with django_assert_num_queries(1):  # the version row, nothing else
        assert view(anonymous(rf, "/en/page/")).content == b"render 1"
    before = public_pages_version()
    public_pages_changed()  # inside the test's transaction, as in a service
    assert public_pages_version() != before
    assert view(anonymous(rf, "/en/page/")).content == b"render 2"


def test_redis_keeps_the_version_in_the_cache(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "tiltas.core.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # never contacted here
        }
    }
    assert version_in_cache()


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


def test_an_expired_page_is_rendered_again_by_one_request_while_the_others_get_it(
    shared_cache, rf, time_machine
):
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
