import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from tiltas.core.models import AuditEntry
from tiltas.core.uploads import clean_document
from tiltas.indicators.models import Goal, ManualValue
from tiltas.indicators.services import manual_value_record

from . import files
from .factories import IndicatorFactory, ManualIndicatorFactory, ManualValueFactory

pytestmark = pytest.mark.django_db

AS_OF = datetime.date(2026, 5, 4)


def test_a_value_with_a_link_is_recorded_and_audited(coordinator):
    indicator = ManualIndicatorFactory()
    value = manual_value_record(
        indicator=indicator,
        value=Decimal(1),
        as_of=AS_OF,
        actor=coordinator,
        evidence_link="https://example.org/guide.pdf",
        note="Published by the ministry",
    )
    assert value.recorded_by == coordinator
    assert value.indicator == indicator
    entry = AuditEntry.objects.get(action="indicators.value.recorded")
    assert entry.actor == coordinator
    assert entry.object_id == str(value.pk)


def test_a_value_with_a_file_is_stored_under_a_random_name(coordinator, media_root):
    value = manual_value_record(
        indicator=ManualIndicatorFactory(),
        value=Decimal(1),
        as_of=AS_OF,
        actor=coordinator,
        evidence_file=clean_document(files.pdf("Guide final.pdf"))[0],
    )
    assert value.evidence_file.name.startswith("indicators/evidence/")
    assert "Guide" not in value.evidence_file.name
    assert (media_root / value.evidence_file.name).read_bytes() == files.PDF


def test_a_counted_indicator_takes_no_manual_value(coordinator):
    indicator = IndicatorFactory(source="events.participants", manual_allowed=False)
    with pytest.raises(ValidationError) as error:
        manual_value_record(
            indicator=indicator,
            value=Decimal(240),
            as_of=AS_OF,
            actor=coordinator,
            evidence_link="https://example.org/list.pdf",
        )
    assert error.value.code == "not_manual"
    assert not ManualValue.objects.exists()
    assert not AuditEntry.objects.filter(action="indicators.value.recorded").exists()


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"evidence_link": ""}, None),
        ({"evidence_link": "http://example.org/plain"}, "evidence_link"),
        ({"value": Decimal(-1)}, "value"),
        ({"as_of": timezone.localdate() + datetime.timedelta(days=2)}, "as_of"),
    ],
)
def test_bad_values_are_refused(coordinator, changes, field):
    arguments = {
        "indicator": ManualIndicatorFactory(),
        "value": Decimal(1),
        "as_of": AS_OF,
        "actor": coordinator,
        "evidence_link": "https://example.org/ok",
        **changes,
    }
    with pytest.raises(ValidationError) as error:
        manual_value_record(**arguments)
    if field:
        assert field in error.value.message_dict
    assert not ManualValue.objects.exists()


def test_the_database_requires_evidence():
    with pytest.raises(IntegrityError), transaction.atomic():
        ManualValueFactory(evidence_link="", evidence_file="")


def test_the_database_keeps_one_goal():
    Goal.objects.create(id=1, title="Tikslas", text="…")
    with pytest.raises(IntegrityError), transaction.atomic():
        Goal.objects.create(id=2, title="Kitas", text="…")
