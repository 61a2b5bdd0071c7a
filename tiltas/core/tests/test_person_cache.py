"""Pages of one signed-in person kept in the shared cache: served only to that
person in that browser, rendered afresh once their rows or the content change."""

import pytest
from django.contrib import messages
from django.contrib.messages.storage.fallback import FallbackStorage
from django.contrib.sessions.backends.cache import SessionStore
from django.http import HttpResponse
from django.middleware.csrf import CSRF_SECRET_LENGTH, _unmask_cipher_token
from django.template import engines
from django.utils.crypto import get_random_string

from tiltas.core import person_cache
from tiltas.core.person_cache import cache_person_page, cached_person, person_pages_changed
from tiltas.core.public_cache import public_pages_changed

pytestmark = pytest.mark.django_db

TEMPLATE = engines["django"].from_string(
    '<form method="post">{% csrf_token %}</form><p>render {{ number }} for {{ user.pk }}</p>'
)


def page_view(**options):
    rendered: list[int] = []

    @cache_person_page(**options)
    def view(request):
        rendered.append(1)
        return HttpResponse(TEMPLATE.render({"number": len(rendered)}, request))

    return view, rendered


def browser(person, secret: str | None = None):
    """A request factory for one browser of ``person``: its CSRF secret stays."""
    secret = secret or get_random_string(CSRF_SECRET_LENGTH)

    def request(rf, path="/lt/learn/", **query):
        request = rf.get(path, query)
        request.user = person
        request.session = SessionStore()
        request._messages = FallbackStorage(request)
        request.META["CSRF_COOKIE"] = secret
        return request

    return request


def token_in(response) -> str:
    return response.content.decode().split('value="')[1].split('"')[0]


def test_a_hit_serves_the_stored_page_with_a_fresh_token_of_the_same_secret(
    shared_cache, rf, member
):
    view, rendered = page_view()
    own = browser(member, secret="a" * CSRF_SECRET_LENGTH)
    first, second = view(own(rf)), view(own(rf))
    assert len(rendered) == 1
    assert b"render 1" in second.content
    assert token_in(first) != token_in(second)  # masked afresh, as Django does
    assert _unmask_cipher_token(token_in(second)) == "a" * CSRF_SECRET_LENGTH


def test_each_person_and_each_browser_gets_their_own_page(shared_cache, rf, member, trainer):
    view, rendered = page_view()
    secret = "b" * CSRF_SECRET_LENGTH
    view(browser(member, secret)(rf))
    assert f"for {trainer.pk}" in view(browser(trainer, secret)(rf)).content.decode()
    view(browser(member)(rf))  # the same person in another browser (another CSRF secret)
    assert len(rendered) == 3


def test_a_change_of_the_persons_rows_or_of_the_content_is_seen_after_commit(
    shared_cache, rf, member, django_capture_on_commit_callbacks
):
    view, rendered = page_view()
    own = browser(member)
    view(own(rf))
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        person_pages_changed([member.pk])
    assert b"render 1" in view(own(rf)).content  # not before the commit
    for callback in callbacks:
        callback()
    assert b"render 2" in view(own(rf)).content
    with django_capture_on_commit_callbacks(execute=True):
        public_pages_changed()
    assert b"render 3" in view(own(rf)).content
    assert len(rendered) == 3


def test_another_persons_change_leaves_the_page_cached(
    shared_cache, rf, member, trainer, django_capture_on_commit_callbacks
):
    view, rendered = page_view()
    own = browser(member)
    view(own(rf))
    with django_capture_on_commit_callbacks(execute=True):
        person_pages_changed([trainer.pk])
    view(own(rf))
    assert len(rendered) == 1


def test_pending_messages_other_queries_and_posts_are_rendered_every_time(shared_cache, rf, member):
    view, rendered = page_view(query=["page"])
    own = browser(member)
    view(own(rf, page="2"))
    view(own(rf, page="2"))
    assert len(rendered) == 1
    view(own(rf, sort="name"))
    view(own(rf, sort="name"))
    assert len(rendered) == 3
    with_message = own(rf)
    messages.success(with_message, "Saved.")
    view(with_message)
    view(with_message)
    post = own(rf)
    post.method = "POST"
    view(post)
    assert len(rendered) == 6


def test_without_a_shared_cache_nothing_is_kept(settings, rf, member):
    settings.PUBLIC_CACHE_VERSION_IN_CACHE = False
    view, rendered = page_view()
    own = browser(member)
    view(own(rf))
    view(own(rf))
    assert len(rendered) == 2


def test_the_signed_in_person_is_read_again_once_their_version_changes(
    shared_cache, member, django_capture_on_commit_callbacks, django_assert_num_queries
):
    from tiltas.accounts.models import User

    def load():
        return User.objects.get(pk=member.pk)

    assert cached_person(member.pk, load).full_name == member.full_name
    with django_assert_num_queries(0):
        assert cached_person(member.pk, load).pk == member.pk
    with django_capture_on_commit_callbacks(execute=True):
        member.is_active = False
        member.save()  # a receiver replaces the person's version on commit
    with django_assert_num_queries(1):
        assert cached_person(member.pk, load).is_active is False


def test_a_version_lost_from_the_cache_never_brings_an_old_page_back(shared_cache, rf, member):
    view, rendered = page_view()
    own = browser(member)
    view(own(rf))
    from django.core.cache import cache

    cache.delete(person_cache._version_key(member.pk))
    view(own(rf))
    assert len(rendered) == 2


def test_each_language_is_kept_apart(shared_cache, rf, member):
    from django.utils import translation

    view, rendered = page_view()
    own = browser(member)
    for language in ("lt", "en", "lt", "en"):
        with translation.override(language):
            view(own(rf))
    assert len(rendered) == 2
