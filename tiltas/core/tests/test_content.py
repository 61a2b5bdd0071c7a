"""content_load: shipped content is created and kept up to date, but what a
person changed stays as they left it. The indicators' models serve as the
example: text, translated, decimal, JSON and related fields."""

from decimal import Decimal

import pytest

from tiltas.core.content import content_load
from tiltas.core.models import LoadedContent
from tiltas.indicators.models import Activity, Indicator, Objective

pytestmark = pytest.mark.django_db


@pytest.fixture
def activity() -> Activity:
    objective = content_load(Objective, lookup={"code": "9"}, defaults={"title_lt": "Tikslas"})
    return content_load(
        Activity, lookup={"code": "9.9.9"}, defaults={"objective": objective, "title_lt": "Veikla"}
    )


def load_indicator(activity: Activity, /, **changes) -> Indicator | None:
    """The shipped indicator, with ``changes`` as a newer release of the content."""
    shipped = {
        "activity": activity,
        "name_lt": "Dalyviai",
        "name_en": "Participants",
        "unit": "participants",
        "target": 240,
        "manual_allowed": False,
        **changes,
    }
    fixed = {"source": "events.participants", "source_params": {"activity": "9.9.9"}}
    return content_load(Indicator, lookup={"code": "x-participants"}, defaults=shipped, fixed=fixed)


def test_a_missing_row_is_created_with_the_shipped_values(activity):
    indicator = load_indicator(activity)
    assert indicator.pk and indicator.name_en == "Participants"
    assert indicator.target == Decimal(240)
    assert indicator.activity == activity
    assert Indicator.objects.get(code="x-participants").source_params == {"activity": "9.9.9"}


def test_loading_the_same_content_again_writes_nothing(activity, django_assert_num_queries):
    load_indicator(activity)
    # A savepoint, the record and the row (both locked), and the savepoint's release.
    with django_assert_num_queries(4):
        indicator = load_indicator(activity)
    assert indicator.target == Decimal("240.00")


def test_fields_nobody_changed_take_the_newer_shipped_values(activity):
    load_indicator(activity)
    other = content_load(
        Activity, lookup={"code": "9.9.8"}, defaults={"objective": activity.objective}
    )
    indicator = load_indicator(
        activity, name_en="Participants (people)", target=300, activity=other
    )
    assert (indicator.name_en, indicator.target, indicator.activity) == (
        "Participants (people)",
        Decimal(300),
        other,
    )


def test_what_a_person_changed_is_kept_and_the_rest_still_follows_the_content(activity):
    indicator = load_indicator(activity)
    # As the admin or a service would: any way of writing the row counts.
    Indicator.objects.filter(pk=indicator.pk).update(name_en="Our own wording", target=250)
    indicator = load_indicator(activity, name_en="Shipped wording", target=300, name_lt="Nauja")
    assert (indicator.name_en, indicator.target) == ("Our own wording", Decimal(250))
    assert indicator.name_lt == "Nauja"
    # Kept on every later run too, even when the shipped value comes back to the old one.
    assert load_indicator(activity, name_en="Participants").name_en == "Our own wording"


def test_a_translation_a_person_cleared_stays_empty(activity):
    indicator = load_indicator(activity)
    Indicator.objects.filter(pk=indicator.pk).update(name_en=None)
    assert load_indicator(activity, name_en="Participants again").name_en is None


def test_fixed_fields_always_take_the_shipped_value(activity):
    indicator = load_indicator(activity)
    Indicator.objects.filter(pk=indicator.pk).update(source_params={"activity": "1.1.1"})
    load_indicator(activity)
    indicator.refresh_from_db()
    assert indicator.source_params == {"activity": "9.9.9"}


def test_a_row_a_person_deleted_is_not_brought_back(activity):
    load_indicator(activity).delete()
    assert load_indicator(activity) is None
    assert not Indicator.objects.filter(code="x-participants").exists()


def test_rows_loaded_before_the_record_was_kept_keep_their_edits_and_fill_their_gaps(activity):
    Indicator.objects.create(
        code="x-participants",
        activity=activity,
        name_lt="Dalyviai",
        name_en="Edited before",
        unit="participants",
        target=240,
        source="events.participants",
    )
    assert not LoadedContent.objects.filter(model="indicators.indicator").exists()
    indicator = load_indicator(activity, name_lt="Nauja", name_nb="Deltakere")
    assert indicator.name_en == "Edited before"  # differs from the shipped text: a person's
    assert indicator.name_nb == "Deltakere"  # empty: filled
    assert indicator.name_lt == "Dalyviai"  # differs from the newer text: kept, to be safe
    # What equalled the shipped value is the loader's from now on.
    assert load_indicator(activity, target=300).target == Decimal(300)


def test_rows_are_told_apart_by_model_and_lookup(activity):
    content_load(Objective, lookup={"code": "8"}, defaults={"title_lt": "Kitas"})
    keys = set(LoadedContent.objects.values_list("model", "lookup"))
    assert keys == {
        ("indicators.objective", '{"code": "9"}'),
        ("indicators.objective", '{"code": "8"}'),
        ("indicators.activity", '{"code": "9.9.9"}'),
    }
