import io
import re
from pathlib import Path

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from tiltas.core.tests.form_data import translated_form_data
from tiltas.indicators import services
from tiltas.indicators.content import load_project
from tiltas.indicators.content.texts import GOAL, OBJECTIVES
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

# Person-days beside every visit-days indicator: persons times days per visit, over the visits.
PERSON_DAYS = {
    "1.1.1-visit-person-days-lt-no": 96,  # 2 visits of 12 persons for 4 days
    "1.1.2-visit-person-days-no-lt": 32,  # 2 visits of 4 persons for 4 days
    "1.1.3-visit-person-days-lt-no": 20,
    "1.1.3-visit-person-days-no-lt": 20,
    "1.2.2-visit-person-days-lt-no": 10,
    "1.2.2-visit-person-days-no-lt": 10,
    "1.3.2-visit-person-days-lt-no": 10,
    "1.3.2-visit-person-days-no-lt": 10,
}
for _code, _target in PERSON_DAYS.items():
    _days = EXPECTED[_code.replace("person-days", "days")]
    EXPECTED[_code] = ("person_days", _target, "events.visit_person_days", _days[3])


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
    load_project()
    assert Goal.objects.count() == 1
    assert Objective.objects.count() == 3
    assert Activity.objects.count() == 8
    assert Indicator.objects.count() == len(EXPECTED)


def load_project_command() -> None:
    call_command("load_project", stdout=io.StringIO())


def test_what_coordinators_edited_survives_load_project(loaded, role_client, coordinator):
    # An activity through its form, the goal through the service, a target in the admin.
    with translation.override("en"):
        edit = reverse("indicators:activity_edit", kwargs={"code": "1.3.3"})
    activity = Activity.objects.get(code="1.3.3")
    form = translated_form_data(
        activity, ("title", "description"), title_en="Build the network", title_nb=""
    )
    assert role_client("coordinator").post(edit, form).status_code == 302
    services.framework_text_update(
        entry=Goal.objects.get(), actor=coordinator, data={"text_en": "Our goal, in our words"}
    )
    indicator = Indicator.objects.get(code="1.1.3-participants")
    indicator.target = 300
    services.framework_entry_save(
        entry=indicator, actor=coordinator, changed_fields=["target"], created=False
    )
    load_project_command()
    activity.refresh_from_db()
    assert (activity.title_en, activity.title_nb) == ("Build the network", None)
    assert Goal.objects.get().text_en == "Our goal, in our words"
    assert Indicator.objects.get(code="1.1.3-participants").target == 300


def test_texts_nobody_edited_follow_the_shipped_content(loaded, monkeypatch, coordinator):
    goal = Goal.objects.get()
    services.framework_text_update(entry=goal, actor=coordinator, data={"title_en": "Ours"})
    monkeypatch.setitem(GOAL["title"], "en", "Shipped again")
    monkeypatch.setitem(GOAL["text"], "en", "A newer shipped text")
    monkeypatch.setitem(OBJECTIVES[0]["title"], "nb", "Ny tekst")
    load_project_command()
    goal.refresh_from_db()
    assert (goal.title_en, goal.text_en) == ("Ours", "A newer shipped text")
    assert Objective.objects.get(code=OBJECTIVES[0]["code"]).title_nb == "Ny tekst"


def test_counting_sources_always_follow_the_code(loaded):
    Indicator.objects.filter(code="1.1.3-participants").update(source_params={})
    load_project()
    assert Indicator.objects.get(code="1.1.3-participants").source_params == {"activity": "1.1.3"}


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


def test_every_indicator_states_how_it_is_counted_in_three_languages(loaded):
    within = set(Indicator.objects.filter(counting="within").values_list("source", flat=True))
    assert within == {
        "events.events_held",
        "events.participants",
        "events.visits",
        "events.visit_persons",
        "events.visit_days",
        "events.visit_person_days",
        "accounts.unique_logins",
    }
    for indicator in Indicator.objects.all():
        assert indicator.counting_rule_lt and indicator.counting_rule_en
        assert indicator.counting_rule_nb
