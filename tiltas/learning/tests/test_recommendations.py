"""Recommendations: the programmes that close the most of a person's gaps come
first, on the competency profile and marked in the catalogue."""

import pytest
from django.test import Client

from tiltas.competencies import selectors as competency_selectors
from tiltas.competencies import services as competency_services
from tiltas.competencies.tests.factories import (
    TargetProfileFactory,
    assess,
    build_framework,
    target,
)
from tiltas.core.tests.cached_pages import english, page
from tiltas.learning.models import Completion, ProgrammeCompetency

from .factories import EnrolmentFactory, ProgrammeFactory
from .helpers import signed_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def gaps(member):
    """A1: level 1 of 3 (gap 2); B1: not assessed, 3 wanted (gap 3); A2: no gap.
    Three programmes: "Broad" develops A1 to 2 and B1 to 3 (closes 1 + 3),
    "Deep" A1 to 4 (closes 2, up to the target), "Light" B1 to 1 (closes 1),
    and "Done" develops only A2, where there is no gap."""
    framework = build_framework()
    a1, a2, b1 = (framework.competencies.get(code=code) for code in ("A1", "A2", "B1"))
    profile = TargetProfileFactory()
    for competency, level in ((a1, 3), (a2, 2), (b1, 3)):
        target(profile, competency, level)
    assess(member, framework, {"A1": 1, "A2": 2})
    competency_services.profile_choose(person=member, profile=profile)
    programmes = {}
    for title, links in {
        "Light": [(b1, 1)],
        "Deep": [(a1, 4)],
        "Broad": [(a1, 2), (b1, 3)],
        "Done": [(a2, 4)],
    }.items():
        programmes[title] = ProgrammeFactory(title=title, title_en=title)
        for competency, level in links:
            ProgrammeCompetency.objects.create(
                programme=programmes[title], competency=competency, target_level=level
            )
    return framework, profile, programmes


def test_programmes_rank_by_the_gap_they_close(member, gaps):
    framework, profile, _programmes = gaps
    rows = competency_selectors.profile_rows(member, framework, profile)
    ranked = competency_selectors.recommended_programmes(rows)
    assert [(str(r.programme), r.closes) for r in ranked] == [
        ("Broad", 4),
        ("Deep", 2),
        ("Light", 1),
    ]
    assert [c.code for c in ranked[0].competencies] == ["A1", "B1"]
    by_code = {row.competency.code: [str(p) for p in row.programmes] for row in rows}
    assert by_code["A1"] == ["Broad", "Deep"] and by_code["B1"] == ["Broad", "Light"]


def test_the_profile_lists_the_recommended_programmes_most_first(member, gaps, restore_language):
    body = page(signed_in(member), english("competencies:profile"))
    section = body[body.index("Programmes recommended for you") :]
    assert section.index(">Broad<") < section.index(">Deep<") < section.index(">Light<")
    assert "closes 4 levels of your gaps" in section and "closes 1 level of your gaps" in section
    assert ">Done<" not in section.split("</section>")[0]


def test_the_catalogue_marks_recommended_enrolled_and_completed(member, gaps, restore_language):
    _framework, _profile, programmes = gaps
    EnrolmentFactory(programme=programmes["Deep"], person=member)
    EnrolmentFactory(programme=programmes["Done"], person=member)
    Completion.objects.create(
        person=member, programme=programmes["Done"], completed_on="2026-11-30", hours=4
    )
    body = page(signed_in(member), english("learning:catalogue"))
    cards = {
        title: body[body.index(f">{title}</a>") :].split("</li>")[0]
        for title in ("Broad", "Deep", "Light", "Done")
    }
    assert "Recommended for you" in cards["Broad"] and "Recommended for you" in cards["Light"]
    assert "You are enrolled" in cards["Deep"] and "Recommended" not in cards["Deep"]
    assert "Completed" in cards["Done"]


def test_the_anonymous_catalogue_stays_shared_and_unmarked(
    member, gaps, shared_cache, restore_language, django_assert_max_num_queries
):
    catalogue = english("learning:catalogue")
    anonymous = page(Client(), catalogue)
    assert "Recommended for you" not in anonymous
    with django_assert_max_num_queries(0):  # served from the cache
        assert page(Client(), catalogue) == anonymous
    assert "Recommended for you" in page(signed_in(member), catalogue)
