"""Anonymous visitors share the cached catalogue and programme pages; a
programme published or edited through the services shows at once."""

import pytest
from django.test import Client

from tiltas.core.tests.cached_pages import english, page
from tiltas.learning import services
from tiltas.learning.models import Status

from .factories import LessonFactory, ModuleFactory, ProgrammeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _page_cache(shared_cache, restore_language):
    """Pages kept per scope, as in production."""


def test_publishing_and_editing_a_programme_show_on_the_next_anonymous_request(
    coordinator, django_capture_on_commit_callbacks, django_assert_max_num_queries
):
    programme = ProgrammeFactory(title_en="Cluster basics", status=Status.DRAFT)
    module = ModuleFactory(programme=programme)
    LessonFactory(module=module)
    catalogue = english("learning:catalogue")
    assert "Cluster basics" not in page(Client(), catalogue)
    with django_capture_on_commit_callbacks(execute=True):
        services.programme_publish(programme=programme, actor=coordinator)
    assert "Cluster basics" in page(Client(), catalogue)
    detail = english("learning:programme_detail", slug=programme.slug)
    assert "Cluster basics" in page(Client(), detail)
    with django_assert_max_num_queries(0):  # served from the cache
        page(Client(), detail)
    with django_capture_on_commit_callbacks(execute=True):
        services.module_update(module=module, actor=coordinator, data={"title_en": "Partners"})
    assert "Partners" in page(Client(), detail)


def test_a_signed_in_person_never_gets_the_cached_page(client, member):
    programme = ProgrammeFactory()
    detail = english("learning:programme_detail", slug=programme.slug)
    assert "Sign out" not in page(Client(), detail)  # cached now
    client.force_login(member)
    assert "Sign out" in page(client, detail)
    assert "Sign out" not in page(Client(), detail)


def test_an_edit_to_one_programme_leaves_the_other_programmes_pages_served(
    coordinator, django_capture_on_commit_callbacks, django_assert_max_num_queries
):
    edited, other = ProgrammeFactory(title_en="Edited"), ProgrammeFactory(title_en="Other")
    module = ModuleFactory(programme=edited)
    urls = {p: english("learning:programme_detail", slug=p.slug) for p in (edited, other)}
    for url in urls.values():
        page(Client(), url)
    with django_capture_on_commit_callbacks(execute=True):
        services.module_update(module=module, actor=coordinator, data={"title_en": "Renamed"})
    with django_assert_max_num_queries(0):
        assert "Other" in page(Client(), urls[other])
    assert "Renamed" in page(Client(), urls[edited])
