import pytest

from tiltas.core import personal_data
from tiltas.indicators.models import ManualValue

from .factories import ManualValueFactory

pytestmark = pytest.mark.django_db


def _source():
    return next(s for s in personal_data.sources() if s.name == "indicators.manual_values")


def test_manual_values_are_covered_by_the_registry():
    assert ManualValue in personal_data.covered_models()


def test_export_lists_the_values_a_person_recorded(coordinator, administrator):
    mine = ManualValueFactory(recorded_by=coordinator, note="Ministry edition")
    ManualValueFactory(recorded_by=administrator)
    exported = _source().export(coordinator)
    assert exported == [
        {
            "indicator": mine.indicator.code,
            "value": "1.00",
            "as_of": "2026-06-01",
            "evidence_link": "https://example.org/evidence.pdf",
            "has_evidence_file": False,
            "note": "Ministry edition",
            "recorded_at": mine.recorded_at.isoformat(),
        }
    ]


def test_erase_keeps_the_value_and_deleting_the_account_keeps_it_too(coordinator):
    value = ManualValueFactory(recorded_by=coordinator)
    _source().erase(coordinator)
    assert ManualValue.objects.filter(pk=value.pk, recorded_by=coordinator).exists()
    coordinator.delete()
    value.refresh_from_db()
    assert value.recorded_by is None
