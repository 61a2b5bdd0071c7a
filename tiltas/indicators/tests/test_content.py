import re
from pathlib import Path

import pytest

from tiltas.indicators.content import load_project
from tiltas.indicators.models import Activity, Goal, Indicator, Objective

# The project description (the seed's Lithuanian original), kept here so the test always runs.
DESCRIPTION = Path(__file__).resolve().parent / "data" / "project-description.lt.txt"


SETS = "learning.material_sets_published"


def trip(activity: str, direction: str) -> dict:
    return {"activity": activity, "direction": direction}


def held(activity: str, country: str) -> dict:
    return {"activity": activity, "country": country}


# code → (unit, target, source, params) for every target of the description.
EXPECTED = {
    "1.1.1-competency-model": ("models", 1, "competencies.framework_published", {}),
    "1.1.1-visits-lt-no": ("visits", 2, "events.visits", trip("1.1.1", "LT_NO")),
    "1.1.1-visit-persons-lt-no": ("persons", 24, "events.visit_persons", trip("1.1.1", "LT_NO")),
    "1.1.1-visit-days-lt-no": ("days", 8, "events.visit_days", trip("1.1.1", "LT_NO")),
    "1.1.2-virtual-learning-environment": ("environments", 1, "learning.vle_in_use", {}),
    "1.1.2-visits-no-lt": ("visits", 2, "events.visits", trip("1.1.2", "NO_LT")),
    "1.1.2-visit-persons-no-lt": ("persons", 8, "events.visit_persons", trip("1.1.2", "NO_LT")),
    "1.1.2-visit-days-no-lt": ("days", 8, "events.visit_days", trip("1.1.2", "NO_LT")),
    "1.1.3-programmes": ("programmes", 6, "learning.programmes_published", {"activity": "1.1.3"}),
    "1.1.3-methodological-sets": ("sets", 6, SETS, {"activity": "1.1.3"}),
    "1.1.3-trainings-lt": ("trainings", 6, "events.events_held", held("1.1.3", "LT")),
    "1.1.3-trainings-no": ("trainings", 6, "events.events_held", held("1.1.3", "NO")),
    "1.1.3-participants": ("participants", 240, "events.participants", {"activity": "1.1.3"}),
    "1.1.3-visits-lt-no": ("visits", 2, "events.visits", trip("1.1.3", "LT_NO")),
    "1.1.3-visit-persons-lt-no": ("persons", 4, "events.visit_persons", trip("1.1.3", "LT_NO")),
    "1.1.3-visit-days-lt-no": ("days", 10, "events.visit_days", trip("1.1.3", "LT_NO")),
    "1.1.3-visits-no-lt": ("visits", 2, "events.visits", trip("1.1.3", "NO_LT")),
    "1.1.3-visit-persons-no-lt": ("persons", 4, "events.visit_persons", trip("1.1.3", "NO_LT")),
    "1.1.3-visit-days-no-lt": ("days", 10, "events.visit_days", trip("1.1.3", "NO_LT")),
    "1.2.1-programmes": ("programmes", 3, "learning.programmes_published", {"activity": "1.2.1"}),
    "1.2.1-methodological-sets": ("sets", 3, SETS, {"activity": "1.2.1"}),
    "1.2.2-events-lt": ("events", 3, "events.events_held", held("1.2.2", "LT")),
    "1.2.2-events-no": ("events", 3, "events.events_held", held("1.2.2", "NO")),
    "1.2.2-participants": ("participants", 240, "events.participants", {"activity": "1.2.2"}),
    "1.2.2-visits-lt-no": ("visits", 1, "events.visits", trip("1.2.2", "LT_NO")),
    "1.2.2-visit-persons-lt-no": ("persons", 2, "events.visit_persons", trip("1.2.2", "LT_NO")),
    "1.2.2-visit-days-lt-no": ("days", 5, "events.visit_days", trip("1.2.2", "LT_NO")),
    "1.2.2-visits-no-lt": ("visits", 1, "events.visits", trip("1.2.2", "NO_LT")),
    "1.2.2-visit-persons-no-lt": ("persons", 2, "events.visit_persons", trip("1.2.2", "NO_LT")),
    "1.2.2-visit-days-no-lt": ("days", 5, "events.visit_days", trip("1.2.2", "NO_LT")),
    "1.3.1-transparency-guide": ("guides", 1, "integrity.guide_published", {}),
    "1.3.2-events-lt": ("events", 3, "events.events_held", held("1.3.2", "LT")),
    "1.3.2-events-no": ("events", 3, "events.events_held", held("1.3.2", "NO")),
    "1.3.2-participants": ("participants", 240, "events.participants", {"activity": "1.3.2"}),
    "1.3.2-visits-lt-no": ("visits", 1, "events.visits", trip("1.3.2", "LT_NO")),
    "1.3.2-visit-persons-lt-no": ("persons", 2, "events.visit_persons", trip("1.3.2", "LT_NO")),
    "1.3.2-visit-days-lt-no": ("days", 5, "events.visit_days", trip("1.3.2", "LT_NO")),
    "1.3.2-visits-no-lt": ("visits", 1, "events.visits", trip("1.3.2", "NO_LT")),
    "1.3.2-visit-persons-no-lt": ("persons", 2, "events.visit_persons", trip("1.3.2", "NO_LT")),
    "1.3.2-visit-days-no-lt": ("days", 5, "events.visit_days", trip("1.3.2", "NO_LT")),
    "1.3.3-network": ("networks", 1, "network.network_live", {}),
    "1.3.3-unique-logins": ("logins", 260, "accounts.unique_logins", {}),
}  # fmt: skip


@pytest.fixture
def loaded(db):
    load_project()


def test_load_project_creates_the_whole_framework(loaded):
    assert Goal.objects.count() == 1
    assert list(Objective.objects.values_list("code", flat=True)) == ["1", "2", "3"]
    assert list(Activity.objects.values_list("code", flat=True)) == [
        "1.1.1", "1.1.2", "1.1.3", "1.2.1", "1.2.2", "1.3.1", "1.3.2", "1.3.3",
    ]  # fmt: skip
    for activity in Activity.objects.select_related("objective"):
        assert activity.objective.code == activity.code.split(".")[1]


def test_every_target_of_the_description_has_its_indicator(loaded):
    found = {
        indicator.code: (
            indicator.unit,
            indicator.target,
            indicator.source,
            indicator.source_params,
        )
        for indicator in Indicator.objects.all()
    }
    assert found == EXPECTED
    for code, indicator in {i.code: i for i in Indicator.objects.all()}.items():
        assert indicator.activity.code == code.split("-")[0]
        assert indicator.baseline == 0


def test_only_the_guide_allows_manual_values(loaded):
    assert list(Indicator.objects.filter(manual_allowed=True).values_list("code", flat=True)) == [
        "1.3.1-transparency-guide"
    ]


def test_load_project_is_idempotent(loaded):
    Indicator.objects.filter(code="1.1.3-participants").update(target=1)
    load_project()
    assert Goal.objects.count() == 1
    assert Objective.objects.count() == 3
    assert Activity.objects.count() == 8
    assert Indicator.objects.count() == len(EXPECTED)
    assert Indicator.objects.get(code="1.1.3-participants").target == 240


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_lithuanian_titles_are_the_description_s_own(loaded):
    description = _normalise(DESCRIPTION.read_text(encoding="utf-8"))
    for activity in Activity.objects.all():
        assert f"{activity.code} {activity.title_lt}" in description
    for objective in Objective.objects.all():
        assert objective.title_lt in description
    assert Goal.objects.get().text_lt in description


def test_every_text_has_three_languages(loaded):
    for model, fields in [
        (Goal, ["title", "text"]),
        (Objective, ["title"]),
        (Activity, ["title", "description"]),
        (Indicator, ["name"]),
    ]:
        for row in model.objects.all():
            for field in fields:
                for language in ("lt", "en", "nb"):
                    assert getattr(row, f"{field}_{language}"), (row, field, language)
