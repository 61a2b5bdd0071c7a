import io

import pytest
from django.core.management import call_command

from tiltas.indicators.models import Snapshot

pytestmark = pytest.mark.django_db


def test_the_demo_has_two_frozen_months_one_corrected_with_a_reason(
    django_capture_on_commit_callbacks,
):
    call_command("load_project", stdout=io.StringIO())
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", stdout=io.StringIO())
    assert Snapshot.objects.filter(corrects__isnull=True).count() == 2
    correction = Snapshot.objects.get(corrects__isnull=False)
    assert correction.reason
    assert correction.made_by.email == "coordinator@demo.tiltas.lt"
    held = [entry for entry in correction.figures if entry["code"] == "1.1.3-participants"]
    assert held and held[0]["to_date"]["value"] not in (None, "0")
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", stdout=io.StringIO())
    assert Snapshot.objects.count() == 3
