"""Apps plug counters into the registry; the framework shows what they count."""

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from tiltas.accounts.models import LoginRecord
from tiltas.indicators import registry
from tiltas.indicators.content import load_project
from tiltas.indicators.models import Indicator
from tiltas.indicators.registry import Measurement
from tiltas.indicators.selectors import Status, indicator_progress

from .factories import IndicatorFactory

pytestmark = pytest.mark.django_db


def test_a_counter_registered_by_an_app_appears_with_its_value(
    client, isolated_registry, register_counter
):
    IndicatorFactory(code="plugged", source="someapp.things", name_en="Things", target=10)
    IndicatorFactory(code="unplugged", source="otherapp.nothing", name_en="Nothing", target=10)
    register_counter("someapp.things", lambda *, start=None, end=None: Measurement(value=7))
    assert registry.get_counter("someapp.things") is not None
    assert registry.measure("otherapp.nothing", {}) is None
    with translation.override("lt"):  # not whichever language an earlier test left active
        html = client.get(reverse("indicators:dashboard")).content.decode()
    assert "7 iš 10 (70 %)" in html
    row = html[html.index("<td>unplugged</td>") :]
    assert "Dar neskaičiuojama" in row[: row.index("</tr>")]


def test_unique_logins_go_up_on_a_first_sign_in_only(make_user):
    # accounts registers this counter in its own counting.py.
    assert registry.get_counter("accounts.unique_logins") is not None
    load_project()
    indicator = Indicator.objects.get(code="1.3.3-unique-logins")
    before = indicator_progress(indicator)
    assert before.status == Status.COUNTED
    person = make_user()
    LoginRecord.objects.create(user=person, at=timezone.now())
    assert indicator_progress(indicator).value == before.value + 1
    LoginRecord.objects.create(user=person, at=timezone.now())
    assert indicator_progress(indicator).value == before.value + 1
