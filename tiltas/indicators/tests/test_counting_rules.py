"""The counting rule an indicator states is the one its value follows."""

import datetime
import io
import re

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from openpyxl import load_workbook

from tiltas.events.models import EventStatus
from tiltas.events.tests.factories import EventFactory
from tiltas.indicators import selectors
from tiltas.indicators.models import Counting
from tiltas.indicators.registry import Measurement

from .factories import IndicatorFactory, ManualIndicatorFactory, ManualValueFactory

pytestmark = pytest.mark.django_db

MAY = (datetime.date(2026, 5, 1), datetime.date(2026, 5, 31))


def held_on(day: datetime.date) -> None:
    starts = timezone.make_aware(datetime.datetime.combine(day, datetime.time(10)))
    EventFactory(
        status=EventStatus.HELD,
        activity="1.1.3",
        country="LT",
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=6),
    )


def events_indicator(counting: str):
    return IndicatorFactory(
        source="events.events_held",
        source_params={"activity": "1.1.3", "country": "LT"},
        counting=counting,
    )


def test_cumulative_counts_up_to_the_periods_end_and_within_only_inside_it():
    held_on(datetime.date(2026, 3, 10))
    held_on(datetime.date(2026, 5, 12))
    held_on(datetime.date(2026, 5, 20))
    held_on(datetime.date(2026, 7, 1))
    start, end = MAY
    within = selectors.indicator_progress(events_indicator(Counting.WITHIN), start=start, end=end)
    cumulative = selectors.indicator_progress(
        events_indicator(Counting.CUMULATIVE), start=start, end=end
    )
    assert within.value == 2
    assert cumulative.value == 3  # March's event too; July's is after the end


def test_a_cumulative_indicators_recorded_value_before_the_period_still_stands():
    guide = ManualValueFactory(
        indicator=ManualIndicatorFactory(counting=Counting.CUMULATIVE),
        as_of=datetime.date(2026, 2, 1),
    )
    other = ManualValueFactory(
        indicator=ManualIndicatorFactory(counting=Counting.WITHIN),
        as_of=datetime.date(2026, 2, 1),
    )
    start, end = MAY
    by_code = {
        item.indicator.code: item for item in selectors.framework_progress(start=start, end=end)
    }
    assert by_code[guide.indicator.code].value == 1
    assert not by_code[other.indicator.code].has_value


def url(name: str) -> str:
    with translation.override("en"):
        return reverse(f"indicators:{name}")


def test_the_rule_is_on_the_results_page_and_in_both_exports(client):
    indicator = events_indicator(Counting.WITHIN)
    indicator.counting_rule_en = "Events marked held that started within the period."
    indicator.save()
    text = client.get(url("dashboard")).content.decode()
    assert "Within the period." in text
    assert "Events marked held that started within the period." in text
    csv_text = client.get(url("export_csv")).content.decode("utf-8-sig")
    assert "Counting rule" in csv_text.splitlines()[0]
    assert "within the period,Events marked held that started within the period." in csv_text
    workbook = load_workbook(io.BytesIO(client.get(url("export_xlsx")).content))
    assert workbook.sheetnames == ["Results", "Breakdowns", "Counting rules"]
    rules = list(workbook["Counting rules"].values)
    assert rules[0] == ("Indicator code", "Indicator", "Counting", "Counting rule")
    assert rules[1] == (
        indicator.code,
        indicator.name_en,
        "within the period",
        "Events marked held that started within the period.",
    )


def test_public_breakdowns_show_small_groups_as_fewer_than_five_coordinators_exact(
    register_counter, coordinator
):
    def count(**_params):
        return Measurement(value=9, breakdown={"sex": {"female": 6, "male": 3}})

    register_counter("tests.small_groups", count)
    indicator = IndicatorFactory(source="tests.small_groups")
    with translation.override("en"):
        page = reverse("indicators:activity_detail", args=[indicator.activity.code])
    public_html = Client().get(page).content.decode()
    assert re.search(r"Female</th>\s*<td class=\"number\">\s*6\s*</td>", public_html)
    assert re.search(r"Male</th>\s*<td class=\"number\">\s*&lt; 5\s*</td>", public_html)
    assert "shown as “&lt; 5”" in public_html
    staff = Client()
    staff.force_login(coordinator)
    staff_html = staff.get(page).content.decode()
    assert re.search(r"Male</th>\s*<td class=\"number\">\s*3\s*</td>", staff_html)

    def breakdowns(client: Client) -> list[tuple]:
        workbook = load_workbook(io.BytesIO(client.get(url("export_xlsx")).content))
        return list(workbook["Breakdowns"].values)[1:]

    assert breakdowns(Client()) == [
        (indicator.code, "By sex", "Female", 6),
        (indicator.code, "By sex", "Male", "< 5"),
    ]
    assert breakdowns(staff)[1] == (indicator.code, "By sex", "Male", 3)
