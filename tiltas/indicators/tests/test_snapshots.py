"""Monthly snapshots: a report for a past month reads what was frozen, so it
never changes when the records do; corrections are new snapshots with a reason."""

import datetime
import io
import re

import pytest
import time_machine
from django.core.management import call_command
from django.db import IntegrityError, connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from tiltas.core.models import AuditEntry
from tiltas.events.models import EventStatus
from tiltas.events.tests.factories import EventFactory
from tiltas.indicators import personal_data, services
from tiltas.indicators.models import Counting, Snapshot

from .factories import IndicatorFactory

pytestmark = pytest.mark.django_db

TODAY = datetime.datetime(2026, 6, 10, 12, tzinfo=datetime.UTC)
MAY = {"start": "2026-05-01", "end": "2026-05-31"}


@pytest.fixture(autouse=True)
def _june():
    with time_machine.travel(TODAY, tick=False):
        yield


def url(name: str, **kwargs) -> str:
    with translation.override("en"):
        return reverse(f"indicators:{name}", kwargs=kwargs or None)


def held_on(day: int, month: int = 5) -> None:
    starts = timezone.make_aware(datetime.datetime(2026, month, day, 10))
    EventFactory(
        status=EventStatus.HELD,
        activity="1.1.3",
        country="LT",
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=6),
    )


@pytest.fixture
def trainings():
    """Trainings held: one in April, two in May."""
    held_on(20, month=4)
    held_on(5)
    held_on(19)
    return IndicatorFactory(
        code="1.1.3-trainings-lt",
        source="events.events_held",
        source_params={"activity": "1.1.3", "country": "LT"},
        counting=Counting.WITHIN,
        target=6,
    )


@pytest.fixture
def staff(coordinator) -> Client:
    client = Client()
    client.force_login(coordinator)
    return client


def csv_of(client: Client, period: dict) -> str:
    return client.get(url("export_csv"), period).content.decode("utf-8-sig")


def value_cell(csv_text: str, code: str) -> str:
    row = next(line for line in csv_text.splitlines() if line.startswith(code))
    return row.split(",")[6]


def test_a_coordinator_freezes_a_month_and_its_report_never_changes(trainings, staff, coordinator):
    before = csv_of(Client(), MAY)
    response = staff.post(url("snapshot_list"), {"month": "2026-05", "reason": ""})
    snapshot = Snapshot.objects.get()
    assert response.status_code == 302
    assert response["Location"] == url("snapshot_detail", pk=snapshot.pk)
    assert snapshot.month == datetime.date(2026, 5, 1)
    assert snapshot.made_by == coordinator
    entry = AuditEntry.objects.get(action="indicators.snapshot.made")
    assert entry.actor == coordinator and entry.object_id == str(snapshot.pk)

    # Records change afterwards: a late-marked May training, a bigger target.
    held_on(28)
    trainings.target = 12
    trainings.save()
    frozen = csv_of(Client(), MAY)
    assert frozen == before
    assert value_cell(frozen, trainings.code) == "2"
    # The project up to May's end is frozen too; a period no snapshot holds is counted now.
    assert value_cell(csv_of(Client(), {"end": "2026-05-31"}), trainings.code) == "3"
    assert (
        value_cell(csv_of(Client(), {"start": "2026-05-06", "end": "2026-05-31"}), trainings.code)
        == "2"
    )
    assert (
        value_cell(csv_of(Client(), {"start": "2026-05-01", "end": "2026-05-30"}), trainings.code)
        == "3"
    )
    page = Client().get(url("dashboard"), MAY).content.decode()
    assert "frozen in the month's snapshot" in page
    assert "2 of 6" in page


def test_a_correction_needs_a_reason_and_both_stay_visible(trainings, staff):
    original = services.snapshot_make(month=datetime.date(2026, 5, 1), actor=None)
    held_on(28)
    refused = staff.post(url("snapshot_list"), {"month": "2026-05", "reason": "  "})
    assert refused.status_code == 200
    assert "say why it needs a correction" in refused.content.decode()
    assert 'value="2026-05"' in refused.content.decode()  # what was typed stays
    assert Snapshot.objects.count() == 1

    staff.post(url("snapshot_list"), {"month": "2026-05", "reason": "A training marked held late"})
    correction = Snapshot.objects.get(corrects=original)
    assert correction.reason == "A training marked held late"
    assert AuditEntry.objects.filter(action="indicators.snapshot.corrected").count() == 1
    assert value_cell(csv_of(Client(), MAY), trainings.code) == "3"  # the correction is read

    listing = staff.get(url("snapshot_list")).content.decode()
    assert url("snapshot_detail", pk=original.pk) in listing
    assert url("snapshot_detail", pk=correction.pk) in listing
    assert "A training marked held late" in listing
    detail = staff.get(url("snapshot_detail", pk=original.pk)).content.decode()
    assert "Corrected since" in detail
    assert url("snapshot_detail", pk=correction.pk) in detail


def test_only_a_month_that_has_ended_can_be_frozen(trainings, staff):
    response = staff.post(url("snapshot_list"), {"month": "2026-06", "reason": ""})
    assert "Only a month that has ended can be frozen." in response.content.decode()
    bad = staff.post(url("snapshot_list"), {"month": "May", "reason": ""})
    assert bad.status_code == 200 and not Snapshot.objects.exists()


def test_the_scheduler_freezes_the_previous_month_once(trainings):
    call_command("snapshot_month", stdout=io.StringIO())
    call_command("snapshot_month", stdout=io.StringIO())
    snapshot = Snapshot.objects.get()
    assert snapshot.month == datetime.date(2026, 5, 1)
    assert snapshot.made_by is None
    entry = next(item for item in snapshot.figures if item["code"] == trainings.code)
    assert entry["month"]["value"] == "2"
    assert entry["to_date"]["value"] == "3"
    assert entry["target"] == "6.00"
    assert AuditEntry.objects.filter(action="indicators.snapshot.made").count() == 1


def test_a_month_has_one_first_snapshot_and_a_snapshot_is_never_changed(trainings):
    services.snapshot_make(month=datetime.date(2026, 5, 1), actor=None)
    with pytest.raises(IntegrityError):
        Snapshot.objects.create(month=datetime.date(2026, 5, 1), figures=[])


def test_a_snapshot_refuses_to_be_saved_again(trainings):
    snapshot = services.snapshot_make(month=datetime.date(2026, 5, 1), actor=None)
    snapshot.reason = "changed"
    with pytest.raises(ValueError):
        snapshot.save()


def test_the_detail_page_shows_the_month_and_the_project_to_date(trainings, staff):
    snapshot = services.snapshot_make(month=datetime.date(2026, 5, 1), actor=None)
    html = staff.get(url("snapshot_detail", pk=snapshot.pk)).content.decode()
    assert "Snapshot of May 2026" in html
    assert "the scheduler" in html
    row = html[html.index(f"<td>{trainings.code}</td>") :].split("</tr>")[0]
    # Target 6; 2 in May; 3 up to May's end (50%).
    numbers = re.findall(r'<td class="number">\s*([^<]*?)\s*</td>', row)
    assert numbers == ["6", "2", "3", "50%"]


def test_the_maker_of_a_snapshot_finds_it_in_their_data(trainings, coordinator):
    services.snapshot_make(month=datetime.date(2026, 5, 1), actor=coordinator)
    assert personal_data.export_snapshots(coordinator) == [
        {"month": "2026-05", "made_at": TODAY.isoformat(), "reason": ""}
    ]


def test_the_snapshot_pages_cost_the_same_queries_with_ten_times_the_snapshots(
    trainings, staff, django_assert_max_num_queries
):
    def queries(name: str, **kwargs) -> int:
        with CaptureQueriesContext(connection) as captured:
            assert staff.get(url(name, **kwargs)).status_code == 200
        return len(captured)

    first = services.snapshot_make(month=datetime.date(2026, 5, 1), actor=None)
    services.snapshot_make(month=datetime.date(2026, 5, 1), actor=None, reason="Late records")
    queries("snapshot_list")  # the header's unread count is cached by the first page
    small = (queries("snapshot_list"), queries("snapshot_detail", pk=first.pk))
    for month in range(1, 5):
        first = services.snapshot_make(month=datetime.date(2025, month, 1), actor=None)
        for n in range(4):
            services.snapshot_make(month=first.month, actor=None, reason=f"Correction {n}")
    for _ in range(9):
        IndicatorFactory(
            source="events.events_held",
            source_params={"activity": "1.1.3", "country": "LT"},
            counting=Counting.WITHIN,
        )
    late = services.snapshot_make(month=datetime.date(2026, 4, 1), actor=None)
    assert (queries("snapshot_list"), queries("snapshot_detail", pk=late.pk)) == small
    with django_assert_max_num_queries(12):
        staff.get(url("snapshot_detail", pk=late.pk))
