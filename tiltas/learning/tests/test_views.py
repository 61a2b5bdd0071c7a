import pytest
from django.urls import reverse

from tiltas.learning import services
from tiltas.learning.models import (
    Status,
)

from .bulk import grow
from .factories import (
    EnrolmentFactory,
    ModuleFactory,
    ProgrammeFactory,
    course,
    pdf_upload,
)
from .helpers import material, rendered_queries, signed_in, status

pytestmark = pytest.mark.django_db


# --- Public -------------------------------------------------------------------------


def test_catalogue_lists_published_only_and_filters(client):
    shown = ProgrammeFactory(title="Klasteriai", activity="1.1.3")
    other = ProgrammeFactory(title="Gebejimai", activity="1.2.1")
    ProgrammeFactory(title="Juodrastis", status=Status.DRAFT, published_at=None)
    response = client.get(reverse("learning:catalogue"))
    assert response.status_code == 200
    body = response.content.decode()
    assert shown.title in body and other.title in body and "Juodrastis" not in body
    body = client.get(reverse("learning:catalogue"), {"activity": "1.2.1"}).content.decode()
    assert other.title in body and shown.title not in body
    # An unknown filter value shows everything rather than failing.
    assert client.get(reverse("learning:catalogue"), {"activity": "x'--"}).status_code == 200


def test_catalogue_queries_are_bounded(client, django_assert_max_num_queries):
    for _ in range(3):
        ModuleFactory(programme=ProgrammeFactory())
    small = rendered_queries(client, reverse("learning:catalogue"))
    assert 1 < small <= 8  # rendered (not cached) and bounded
    for _ in range(9):
        ModuleFactory(programme=ProgrammeFactory())
    assert rendered_queries(client, reverse("learning:catalogue")) == small


def test_programme_page_shows_outline_and_materials(client, coordinator):
    programme, module, lessons, quiz = course(lessons=2)
    material(programme, coordinator)
    response = client.get(reverse("learning:programme_detail", args=[programme.slug]))
    body = response.content.decode()
    assert module.title in body and lessons[0].title in body and quiz.title in body
    assert "Rinkinys" in body and "Vadovas" in body


def test_programme_page_queries_do_not_grow(client, coordinator, member):
    # The anonymous page is cached: clear the cache so both measurements render it.
    programme, module, _lessons, _quiz = course(lessons=2)
    material(programme, coordinator)
    EnrolmentFactory(programme=programme, person=member)
    url = reverse("learning:programme_detail", args=[programme.slug])
    grow(programme, module, to=10)
    visitor, learner = client, signed_in(member)
    small = (rendered_queries(visitor, url), rendered_queries(learner, url))
    grow(programme, module, to=1000)
    large = (rendered_queries(visitor, url), rendered_queries(learner, url))
    assert large == small
    assert small[0] > 1  # really rendered, not served from the cache


def test_draft_programme_hidden_from_public_and_other_trainers(client, trainer, make_user):
    programme = ProgrammeFactory(status=Status.DRAFT, published_at=None, trainers=[trainer])
    url = reverse("learning:programme_detail", args=[programme.slug])
    assert client.get(url).status_code == 404
    assert signed_in(make_user(role="trainer")).get(url).status_code == 404
    assert signed_in(trainer).get(url).status_code == 200


def test_material_download_public_when_published(client, coordinator):
    programme = ProgrammeFactory()
    item = material(programme, coordinator)
    url = reverse("learning:material_download", args=[programme.slug, item.current_version.pk])
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert 'filename="vadovas.pdf"' in response["Content-Disposition"]
    assert "\r" not in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response.content.startswith(b"%PDF")
    item.refresh_from_db()
    assert item.download_count == 1


def test_draft_material_set_only_for_staff(client, coordinator, member):
    programme = ProgrammeFactory()
    item = material(programme, coordinator, publish=False)
    url = reverse("learning:material_download", args=[programme.slug, item.current_version.pk])
    assert status(client, url) == 404
    assert status(signed_in(member), url) == 404
    assert status(signed_in(coordinator), url) == 200


def test_old_material_version_only_for_staff(client, coordinator):
    programme = ProgrammeFactory()
    item = material(programme, coordinator)
    old = item.current_version
    services.material_version_add(material=item, actor=coordinator, upload=pdf_upload())
    url = reverse("learning:material_download", args=[programme.slug, old.pk])
    assert status(client, url) == 404
    assert status(signed_in(coordinator), url) == 200


def test_material_of_another_programme_is_404(client, coordinator):
    programme = ProgrammeFactory()
    item = material(ProgrammeFactory(), coordinator)
    url = reverse("learning:material_download", args=[programme.slug, item.current_version.pk])
    assert client.get(url).status_code == 404
