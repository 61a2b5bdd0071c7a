import datetime
from decimal import Decimal

import pytest

from tiltas.indicators import selectors
from tiltas.indicators.registry import Measurement
from tiltas.indicators.selectors import Status

from .factories import (
    ActivityFactory,
    GoalFactory,
    IndicatorFactory,
    ManualIndicatorFactory,
    ManualValueFactory,
    ObjectiveFactory,
)

pytestmark = pytest.mark.django_db


def test_goal_get_returns_the_one_goal_or_none():
    assert selectors.goal_get() is None
    goal = GoalFactory()
    assert selectors.goal_get() == goal


def test_objective_list_prefetches_activities_in_order(django_assert_num_queries):
    first, second = ObjectiveFactory(code="1", order=1), ObjectiveFactory(code="2", order=2)
    ActivityFactory(objective=first, code="1.1.2")
    ActivityFactory(objective=first, code="1.1.1")
    ActivityFactory(objective=second, code="1.2.1")
    with django_assert_num_queries(2):
        objectives = list(selectors.objective_list())
        codes = [[a.code for a in objective.activities.all()] for objective in objectives]
    assert [o.code for o in objectives] == ["1", "2"]
    assert codes == [["1.1.1", "1.1.2"], ["1.2.1"]]


def test_a_registered_counter_gives_the_value_and_percentage(register_counter):
    seen = {}

    def count(*, start=None, end=None, **params):
        seen.update(params, start=start, end=end)
        return Measurement(value=60, breakdown={"sex": {"female": 40, "male": 20}})

    register_counter("tests.participants", count)
    indicator = IndicatorFactory(source="tests.participants", source_params={"activity": "1.1.3"})
    end = datetime.date(2026, 6, 30)
    progress = selectors.indicator_progress(indicator, end=end)
    assert progress.status == Status.COUNTED
    assert progress.value == 60
    assert progress.percentage == Decimal("25.0")
    assert progress.as_of == end
    assert progress.breakdown == {"sex": {"female": 40, "male": 20}}
    assert seen == {"activity": "1.1.3", "start": None, "end": end}


def test_an_unregistered_source_is_not_counted_yet_never_zero():
    progress = selectors.indicator_progress(IndicatorFactory(source="nobody.counts_this"))
    assert progress.status == Status.NOT_COUNTED
    assert progress.value is None
    assert progress.percentage is None
    assert not progress.has_value


def test_a_failing_counter_shows_as_unavailable_not_as_a_number(register_counter, caplog):
    def broken(*, start=None, end=None, **params):
        raise RuntimeError("boom")

    register_counter("tests.broken", broken)
    progress = selectors.indicator_progress(IndicatorFactory(source="tests.broken"))
    assert progress.status == Status.UNAVAILABLE
    assert progress.value is None
    assert "tests.broken" in caplog.text


def test_the_latest_manual_value_is_shown_with_its_evidence():
    indicator = ManualIndicatorFactory()
    ManualValueFactory(indicator=indicator, value=0, as_of=datetime.date(2026, 1, 1))
    latest = ManualValueFactory(indicator=indicator, value=1, as_of=datetime.date(2026, 3, 1))
    progress = selectors.indicator_progress(indicator)
    assert progress.status == Status.MANUAL
    assert progress.manual == latest
    assert progress.value == 1
    assert progress.as_of == datetime.date(2026, 3, 1)
    assert progress.percentage == Decimal("100.0")


def test_manual_values_outside_the_period_are_left_out():
    indicator = ManualIndicatorFactory()
    ManualValueFactory(indicator=indicator, value=1, as_of=datetime.date(2026, 3, 1))
    progress = selectors.indicator_progress(indicator, end=datetime.date(2026, 2, 1))
    assert progress.status == Status.NOT_COUNTED
    in_period = selectors.indicator_progress(
        indicator, start=datetime.date(2026, 2, 1), end=datetime.date(2026, 3, 31)
    )
    assert in_period.value == 1


def test_a_manual_value_overrides_the_counter_but_keeps_its_count(register_counter):
    register_counter("tests.guide", lambda *, start=None, end=None: Measurement(value=0))
    indicator = ManualIndicatorFactory(source="tests.guide")
    assert selectors.indicator_progress(indicator).status == Status.COUNTED
    ManualValueFactory(indicator=indicator, value=1)
    progress = selectors.indicator_progress(indicator)
    assert progress.status == Status.MANUAL
    assert progress.value == 1
    assert progress.counted_value == 0


def test_manual_values_of_a_counted_indicator_are_ignored(register_counter):
    # Should a row exist from before the flag was switched off, it is not reported.
    register_counter("tests.count", lambda *, start=None, end=None: Measurement(value=3))
    indicator = ManualIndicatorFactory(source="tests.count")
    ManualValueFactory(indicator=indicator, value=99)
    indicator.manual_allowed = False
    indicator.save()
    assert selectors.indicator_progress(indicator).value == 3
    assert selectors.framework_progress()[0].value == 3


def test_the_percentage_is_not_capped_but_the_meter_value_is(register_counter):
    register_counter("tests.many", lambda *, start=None, end=None: Measurement(value=300))
    progress = selectors.indicator_progress(IndicatorFactory(source="tests.many", target=240))
    assert progress.percentage == Decimal("125.0")
    assert progress.meter_value == 240


def test_framework_progress_uses_a_fixed_number_of_queries(django_assert_max_num_queries):
    activity = ActivityFactory()
    for _ in range(3):
        indicator = ManualIndicatorFactory(activity=activity)
        for day in range(1, 6):
            ManualValueFactory(indicator=indicator, value=day, as_of=datetime.date(2026, 1, day))
    IndicatorFactory.create_batch(4, activity=activity)
    with django_assert_max_num_queries(2):
        progress = selectors.framework_progress()
        values = [(item.indicator.activity.objective.code, item.value) for item in progress]
    assert len(progress) == 7
    assert sorted(v for _c, v in values if v is not None) == [5, 5, 5]
    assert [item.status for item in progress].count(Status.NOT_COUNTED) == 4


def test_framework_progress_for_one_activity_and_grouping():
    first, second = ActivityFactory(), ActivityFactory()
    IndicatorFactory(activity=first)
    IndicatorFactory.create_batch(2, activity=second)
    assert len(selectors.framework_progress(activity=second)) == 2
    grouped = selectors.progress_by_activity(selectors.framework_progress())
    assert {key: len(items) for key, items in grouped.items()} == {first.pk: 1, second.pk: 2}


def test_framework_tree_keeps_the_framework_order_and_empty_activities():
    objective = ObjectiveFactory(code="1", order=1)
    later, first = (
        ActivityFactory(objective=objective, code="1.1.2"),
        ActivityFactory(objective=objective, code="1.1.1"),
    )
    indicator = IndicatorFactory(activity=later)
    tree = selectors.framework_tree(selectors.framework_progress())
    assert [group.objective for group in tree] == [objective]
    assert [
        (entry.activity, [i.indicator for i in entry.items]) for entry in tree[0].activities
    ] == [
        (first, []),
        (later, [indicator]),
    ]


def test_framework_progress_of_manual_indicators_runs_no_other_counter(register_counter):
    calls = []

    def counted(*, start=None, end=None) -> Measurement:
        calls.append("counted")
        return Measurement(value=3)

    register_counter("tests.counted", counted)
    IndicatorFactory(source="tests.counted")
    guide = ManualIndicatorFactory()
    ManualValueFactory(indicator=guide, value=1)
    progress = selectors.framework_progress(manual_only=True)
    assert [(item.indicator, item.value) for item in progress] == [(guide, 1)]
    assert calls == []
    assert len(selectors.framework_progress()) == 2 and calls == ["counted"]


def test_objective_list_with_targets_prefetches_activities_and_indicators(
    django_assert_num_queries,
):
    objective = ObjectiveFactory(code="1")
    for code in ("1.1.2", "1.1.1"):
        activity = ActivityFactory(objective=objective, code=code)
        IndicatorFactory(activity=activity, target=6)
    with django_assert_num_queries(3):
        objectives = list(selectors.objective_list_with_targets())
        targets = [
            (activity.code, [indicator.target for indicator in activity.indicators.all()])
            for activity in objectives[0].activities.all()
        ]
    assert targets == [("1.1.1", [6]), ("1.1.2", [6])]
