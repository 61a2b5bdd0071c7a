"""The public API shows what the public pages show, in the asker's language,
a page at a time, and answers again-asked questions with 304."""

from datetime import date

import pytest

from tiltas.core import contributions
from tiltas.core.platform import Measurement
from tiltas.credentials.models import Certificate
from tiltas.credentials.services import certificate_revoke
from tiltas.credentials.tests.factories import (
    complete_programme,
    new_person,
    programme_with_competency,
)
from tiltas.events.models import EventStatus
from tiltas.events.tests.factories import EventFactory, StudyVisitFactory
from tiltas.indicators.content import load_project
from tiltas.indicators.services import snapshot_make
from tiltas.indicators.tests.factories import IndicatorFactory
from tiltas.integrity.models import Measure
from tiltas.integrity.tests.factories import adopted_with_evidence
from tiltas.learning.models import Status
from tiltas.learning.tests.factories import ProgrammeFactory
from tiltas.portal.tests.factories import NewsItemFactory

pytestmark = pytest.mark.django_db


def some_of_everything(times: int = 1) -> None:
    """Published things the API lists, and drafts it must never show."""
    for n in range(times):
        ProgrammeFactory(title_lt=f"Programa {n}", title_nb=f"Program {n}")
        EventFactory()
        NewsItemFactory()
        StudyVisitFactory()
        measure = Measure.objects.create(
            slug=f"measure-{times}-{n}", title_lt=f"Priemonė {n}", description_lt="Aprašas",
            kind="prevent", origin="lt", effort="low",
        )  # fmt: skip
        measure.risk_areas.create(area="hr")
    ProgrammeFactory(slug="draft-programme", status=Status.DRAFT)
    EventFactory(slug="draft-event", status=EventStatus.DRAFT)
    NewsItemFactory(slug="draft-news", draft=True)
    Measure.objects.create(
        slug="unpublished-measure", title_lt="Juodraštis", description_lt="-",
        kind="prevent", origin="lt", effort="low", is_published=False,
    )  # fmt: skip


def slugs(response) -> set[str]:
    return {item["slug"] for item in response.json()["items"]}


@pytest.mark.parametrize(
    ("path", "hidden"),
    [
        ("/api/v1/programmes", "draft-programme"),
        ("/api/v1/events", "draft-event"),
        ("/api/v1/news", "draft-news"),
        ("/api/v1/measures", "unpublished-measure"),
    ],
)
def test_lists_show_what_is_published_and_never_drafts(client, path, hidden):
    some_of_everything()
    response = client.get(path)
    assert response.status_code == 200
    assert response.json()["count"] == 1 and hidden not in slugs(response)
    assert client.get(f"{path}/{hidden}").status_code == 404


def test_texts_come_in_the_language_asked_for(client):
    ProgrammeFactory(slug="p", title_lt="Klasterių kūrimas", title_nb="Klyngebygging")
    lithuanian = client.get("/api/v1/programmes/p").json()
    norwegian = client.get("/api/v1/programmes/p", HTTP_ACCEPT_LANGUAGE="nb").json()
    assert lithuanian["title"] == "Klasterių kūrimas"
    assert norwegian["title"] == "Klyngebygging"
    assert norwegian["url"] == "http://testserver/nb/programmes/p/"


def test_a_list_comes_a_page_at_a_time_of_at_most_100(client):
    for _ in range(3):
        NewsItemFactory()
    page = client.get("/api/v1/news?limit=2&offset=1").json()
    assert page["count"] == 3 and len(page["items"]) == 2
    too_many = client.get("/api/v1/news?limit=101")
    assert too_many.status_code == 422
    assert too_many.json()["detail"][0]["loc"] == ["query", "limit"]


def test_only_listed_filters_and_values_are_taken(client):
    EventFactory(country="LT")
    EventFactory(country="NO", city="Oslo")
    assert {e["city"] for e in client.get("/api/v1/events?country=NO").json()["items"]} == {"Oslo"}
    assert client.get("/api/v1/events?country=XX").status_code == 422


def test_an_unchanged_answer_is_not_sent_again(client):
    NewsItemFactory()
    first = client.get("/api/v1/news")
    etag = first["ETag"]
    assert client.get("/api/v1/news", HTTP_IF_NONE_MATCH=etag).status_code == 304
    NewsItemFactory()
    changed = client.get("/api/v1/news", HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200 and changed["ETag"] != etag


def test_a_certificate_is_checked_by_its_number(client):
    programme, lesson = programme_with_competency()
    complete_programme(new_person(), programme, lesson)
    certificate = Certificate.objects.latest("id")
    found = client.get(f"/api/v1/certificates/{certificate.number.lower()}").json()
    assert found["status"] == "valid" and found["holder"] == certificate.holder_name
    certificate_revoke(certificate=certificate, reason="Issued by mistake", actor=new_person())
    assert client.get(f"/api/v1/certificates/{certificate.number}").json()["status"] == "revoked"
    unknown = client.get("/api/v1/certificates/AAAA-BBBB").json()
    assert unknown["status"] == "not_found" and unknown["holder"] is None


def test_a_measure_names_the_organisations_that_adopted_it(client):
    adoption = adopted_with_evidence()
    measure = client.get(f"/api/v1/measures/{adoption.measure.slug}").json()
    assert measure["adopted_by"] == 1
    assert measure["adoptions"] == [
        {
            "organisation": adoption.organisation.name,
            "country": adoption.organisation.country,
            "status": "in_progress",
            "progress": 40,
            "adopted_on": "2026-01-10",
            "implemented_on": None,
        }
    ]


def test_indicators_are_every_target_of_the_project(client):
    load_project()
    rows = client.get("/api/v1/indicators").json()["indicators"]
    codes = {row["code"] for row in rows}
    assert "1.1.1-competency-model" in codes and len(rows) >= 40
    not_counted = [row for row in rows if row["status"] == "not_counted"]
    assert all(row["value"] is None for row in not_counted)
    assert {row["counting"] for row in rows} == {"cumulative", "within"}


@pytest.mark.parametrize(
    "path", ["/api/v1/programmes", "/api/v1/events", "/api/v1/news", "/api/v1/measures"]
)
@pytest.mark.parametrize("times", [1, 10])
def test_lists_make_a_bounded_number_of_queries(client, path, times, django_assert_max_num_queries):
    some_of_everything(times)
    with django_assert_max_num_queries(4):
        assert client.get(path).status_code == 200


def test_small_groups_in_breakdowns_are_fewer_than_five_as_on_the_site(client):
    def count(**_params):
        return Measurement(value=9, breakdown={"sex": {"female": 6, "male": 3}})

    counters = contributions.counters()
    before = dict(counters)
    counters["tests.small_groups"] = count
    try:
        indicator = IndicatorFactory(source="tests.small_groups")
        rows = client.get("/api/v1/indicators").json()["indicators"]
    finally:
        counters.clear()
        counters.update(before)
    row = next(row for row in rows if row["code"] == indicator.code)
    assert row["value"] == "9"
    assert row["breakdown"] == {"sex": {"female": 6, "male": "< 5"}}


def test_snapshots_are_frozen_figures_with_their_corrections(client):
    load_project()
    first = snapshot_make(month=date(2026, 5, 1), actor=None)
    snapshot_make(month=date(2026, 5, 1), actor=None, reason="Late attendance sheets")
    rows = client.get("/api/v1/snapshots").json()["items"]
    assert [(row["month"], row["reason"]) for row in rows][-1] == ("2026-05-01", "")
    corrected = next(row for row in rows if row["id"] == first.pk)
    assert corrected["corrected_by"] is not None
    detail = client.get(f"/api/v1/snapshots/{first.pk}").json()
    codes = {row["code"] for row in detail["to_date"]}
    assert "1.1.1-competency-model" in codes and len(detail["month_figures"]) == len(codes)
    assert client.get("/api/v1/snapshots/999999").status_code == 404
