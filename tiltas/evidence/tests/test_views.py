"""A coordinator asks for a period's bundle, follows it and downloads it; no
one else gets near it (issue 15)."""

import io
import os
import re
import zipfile
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from tiltas.accounts.tests.helpers import reauthenticate
from tiltas.core.models import AuditEntry
from tiltas.core.roles import Role
from tiltas.core.tests.html_checks import drain
from tiltas.evidence.models import BundleStatus, EvidenceBundle
from tiltas.evidence.services import evidence_bundles_delete_expired

from .fixtures import period_records
from .url_samples import url_samples

pytestmark = pytest.mark.django_db
LIST = "evidence:manage_list"


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def test_a_coordinator_asks_for_a_bundle_follows_it_and_downloads_it(
    client, coordinator, django_capture_on_commit_callbacks
):
    period_records()
    client.force_login(coordinator)
    page = client.get(reverse(LIST)).content.decode()
    assert "asmens duomenų" in page  # the page says the bundle holds personal data
    assert "7 dienų" in page  # and when it is deleted
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse(LIST), {"start": "2026-03-01", "end": "2026-03-31"})
    bundle = EvidenceBundle.objects.get()
    assert response["Location"] == reverse("evidence:manage_detail", args=[bundle.pk])
    assert (bundle.status, bundle.requested_by, bundle.language) == ("ready", coordinator, "lt")
    detail = client.get(response["Location"]).content.decode()
    download = reverse("evidence:manage_download", args=[bundle.pk])
    assert f'href="{download}"' in detail

    assert client.get(download)["Location"].startswith(reverse("account_reauthenticate"))
    reauthenticate(client)
    response = client.get(download)
    assert response.streaming  # sent in pieces from storage, never read whole
    assert response["Content-Type"] == "application/zip"
    assert 'filename="evidence-2026-03-01-2026-03-31.zip"' in response["Content-Disposition"]
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    assert "certificates.csv" in archive.namelist()
    assert AuditEntry.objects.filter(action="evidence.bundle.downloaded").exists()
    assert AuditEntry.objects.filter(action="evidence.bundle.requested").exists()


def test_a_bundle_in_progress_shows_how_far_it_is(client, coordinator):
    bundle = EvidenceBundle.objects.create(
        start="2026-03-01",
        end="2026-03-31",
        language="lt",
        requested_by=coordinator,
        status=BundleStatus.BUILDING,
        files_total=40,
        files_done=10,
    )
    client.force_login(coordinator)
    page = client.get(reverse("evidence:manage_detail", args=[bundle.pk])).content.decode()
    assert re.search(r'<progress id="bundle-progress"\s+max="100"\s+value="25"', page)
    assert "10 iš 40" in page
    download = reverse("evidence:manage_download", args=[bundle.pk])
    assert download not in page
    reauthenticate(client)
    assert client.get(download).status_code == 404  # not ready: nothing to send


def test_a_wrong_period_is_explained_and_what_was_typed_stays(client, coordinator):
    client.force_login(coordinator)
    response = client.post(reverse(LIST), {"start": "2026-03-31", "end": "2026-03-01"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "Pabaiga ankstesnė už pradžią" in page
    assert 'value="2026-03-31"' in page and 'value="2026-03-01"' in page
    assert not EvidenceBundle.objects.exists()


def test_one_bundle_at_a_time_per_person(client, coordinator):
    EvidenceBundle.objects.create(
        start="2026-01-01", end="2026-01-31", language="lt", requested_by=coordinator
    )
    client.force_login(coordinator)
    response = client.post(reverse(LIST), {"start": "2026-03-01", "end": "2026-03-31"})
    assert response.status_code == 200
    assert "dar ruošiamas" in response.content.decode()
    assert EvidenceBundle.objects.count() == 1


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("anonymous", 302),
        (Role.MEMBER, 403),
        (Role.TRAINER, 403),
        (Role.INTEGRITY_OFFICER, 403),
        (Role.COORDINATOR, 200),
        (Role.ADMINISTRATOR, 200),
    ],
)
def test_only_coordinators_and_administrators_reach_the_bundles(role_client, role, expected):
    samples = url_samples()
    client = role_client(role)
    if role != "anonymous":
        reauthenticate(client)
    for name in (LIST, "evidence:manage_detail", "evidence:manage_download"):
        response = client.get(reverse(name, kwargs=samples.get(name, {})))
        drain(response)  # the download's open archive is closed at its end
        assert response.status_code == expected, name
    if expected == 200:
        assert client.get(reverse("evidence:manage_detail", args=[999999])).status_code == 404


def test_bundles_are_deleted_after_the_days_kept(settings, django_capture_on_commit_callbacks):
    samples = url_samples()
    bundle = EvidenceBundle.objects.get(pk=samples["evidence:manage_detail"]["pk"])
    path = bundle.file.path
    later = timezone.now() + timedelta(days=settings.TILTAS_EVIDENCE_KEEP_DAYS)
    assert evidence_bundles_delete_expired(now=later - timedelta(hours=1)) == 0
    with django_capture_on_commit_callbacks(execute=True):
        assert evidence_bundles_delete_expired(now=later + timedelta(hours=1)) == 1
    assert not EvidenceBundle.objects.exists()
    assert not os.path.exists(path)


@pytest.mark.parametrize("count", [1, 10])
def test_the_list_costs_the_same_queries_for_many_bundles(
    client, coordinator, make_user, count, django_assert_max_num_queries
):
    for n in range(count):
        EvidenceBundle.objects.create(
            start="2026-01-01",
            end="2026-01-31",
            language="lt",
            requested_by=make_user(role=Role.COORDINATOR, full_name=f"Koordinatorė {n}"),
            status=BundleStatus.READY,
        )
    client.force_login(coordinator)
    with django_assert_max_num_queries(12):
        page = client.get(reverse(LIST)).content.decode()
    assert page.count("Koordinatorė") == count
