"""Management pages: validation, versions, editing, CSV, aggregates, target profiles."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from tiltas.accounts.tests.factories import OrganisationFactory, UserFactory
from tiltas.competencies import selectors
from tiltas.competencies.models import (
    Framework,
    FrameworkStatus,
    TargetProfile,
)
from tiltas.core.models import AuditEntry

from .factories import (
    EvidenceFactory,
    assess,
    build_framework,
    teaching,
)
from .view_helpers import client_for, url

pytestmark = pytest.mark.django_db


# --- Management -----------------------------------------------------------------------


def test_a_trainer_validates_evidence_but_not_their_own(trainer):
    framework = build_framework()
    teaching(framework.competencies.first(), trainer)
    evidence = EvidenceFactory(competency=framework.competencies.first())
    own = EvidenceFactory(person=trainer, competency=framework.competencies.first())
    client = client_for(trainer)
    assert client.get(url("manage_evidence")).status_code == 200
    response = client.post(
        url("manage_evidence_validate", pk=evidence.pk), {"level": "3", "comment": "Solid work"}
    )
    assert response.status_code == 302
    evidence.refresh_from_db()
    assert (evidence.validated_level, evidence.validated_by) == (3, trainer)
    assert client.get(url("manage_evidence_validate", pk=own.pk)).status_code == 404


def test_the_evidence_queue_is_bounded(trainer, django_assert_max_num_queries):
    framework = build_framework()
    teaching(framework.competencies.first(), trainer)
    for _ in range(12):
        EvidenceFactory(competency=framework.competencies.first())
    client = client_for(trainer)
    with django_assert_max_num_queries(10):
        assert client.get(url("manage_evidence")).status_code == 200


def test_a_coordinator_publishes_and_creates_a_new_version(coordinator):
    draft = build_framework(published=False, slug="model")
    client = client_for(coordinator)
    assert client.get(url("manage_framework", pk=draft.pk)).status_code == 200
    assert client.post(url("manage_framework_publish", pk=draft.pk)).status_code == 302
    draft.refresh_from_db()
    assert draft.status == FrameworkStatus.PUBLISHED
    client.post(url("manage_framework_new_version", pk=draft.pk))
    new = Framework.objects.get(slug="model", version=2)
    assert new.status == FrameworkStatus.DRAFT
    response = client.post(
        url("manage_area_create", pk=new.pk),
        {"code": "Z", "order": "9", "name_lt": "Nauja sritis", "name_en": "New area"},
    )
    assert response.status_code == 302
    assert new.areas.filter(code="Z").exists()
    # Editing the published version is refused.
    response = client.post(
        url("manage_area_create", pk=draft.pk), {"code": "Y", "order": "1", "name_lt": "Y"}
    )
    assert response.status_code == 200
    assert not draft.areas.filter(code="Y").exists()


def test_a_coordinator_edits_a_competency_in_three_languages(coordinator):
    draft = build_framework(published=False, areas=1, per_area=1)
    competency = draft.competencies.get()
    data = {
        "area": competency.area.pk,
        "code": "A1",
        "order": "1",
        "name_lt": "Tinklų valdysena",
        "name_en": "Network governance",
        "name_nb": "Nettverksstyring",
    }
    for level in range(1, 5):
        for code in ("lt", "en", "nb"):
            data[f"descriptor_{level}_{code}"] = f"{code} {level}"
    response = client_for(coordinator).post(
        url("manage_competency_edit", pk=draft.pk, competency_pk=competency.pk), data
    )
    assert response.status_code == 302
    competency.refresh_from_db()
    assert competency.name_nb == "Nettverksstyring"
    assert competency.descriptors.get(level=3).text_nb == "nb 3"
    # The audit entry names what the form changed, though the form had set it already.
    entry = AuditEntry.objects.get(action="competencies.competency.updated")
    assert {"name_lt", "name_en", "name_nb", "descriptors"} <= set(entry.changed_fields)


def test_export_and_import_through_the_pages(coordinator):
    framework = build_framework(slug="model")
    client = client_for(coordinator)
    exported = client.get(url("manage_framework_export", pk=framework.pk))
    assert exported["Content-Disposition"] == 'attachment; filename="model-v1.csv"'
    response = client.post(
        url("manage_framework_import"),
        {"file": SimpleUploadedFile("model.csv", exported.content, "text/csv")},
    )
    assert response.status_code == 302
    assert Framework.objects.filter(slug="model", version=2).exists()
    broken = exported.content.replace(b"\ncompetency,A2,", b"\ncompetency,A1,")
    with translation.override("en"):
        response = client.post(
            reverse("competencies:manage_framework_import"),
            {"file": SimpleUploadedFile("model.csv", broken, "text/csv")},
        )
    assert response.status_code == 200
    assert re.search(r"Line \d+: duplicate code “A1”", response.content.decode())
    assert not Framework.objects.filter(slug="model", version=3).exists()


def test_aggregates_hide_small_groups(coordinator):
    framework = build_framework()
    shown = OrganisationFactory(name="Shown municipality")
    hidden = OrganisationFactory(name="Hidden municipality")
    for organisation, count in ((shown, 5), (hidden, 4)):
        for _ in range(count):
            assess(UserFactory(organisation=organisation), framework, {"A1": 2})
    html = client_for(coordinator).get(url("manage_aggregates")).content.decode()
    assert "Shown municipality" in html
    assert "Hidden municipality" not in html
    response = client_for(coordinator).get(url("manage_aggregates") + "?grouping=region")
    assert response.status_code == 200


def test_aggregates_are_counted_again_after_five_minutes(coordinator, time_machine):
    time_machine.move_to("2026-06-01 09:00+03:00", tick=False)
    framework = build_framework()
    organisation = OrganisationFactory(name="Counting municipality")
    people = [UserFactory(organisation=organisation) for _ in range(5)]
    for person in people:
        assess(person, framework, {"A1": 2})
    client = client_for(coordinator)
    with translation.override("en"):
        assert "Counted at 9 a.m." in client.get(url("manage_aggregates")).content.decode()
        UserFactory(organisation=organisation)
        assess(UserFactory(organisation=organisation), framework, {"A1": 2})
        time_machine.shift(60)
        html = client.get(url("manage_aggregates")).content.decode()
        assert "(5 people)" in html and "Counted at 9 a.m." in html  # the kept count
        time_machine.shift(selectors.AGGREGATE_CACHE_SECONDS)
        html = client.get(url("manage_aggregates")).content.decode()
        assert "(6 people)" in html and "Counted at 9:06 a.m." in html


def test_aggregates_count_validated_levels_when_asked(coordinator):
    framework = build_framework()
    competency = framework.competencies.get(code="A1")
    organisation = OrganisationFactory(name="Validating municipality")
    for _ in range(5):
        person = UserFactory(organisation=organisation)
        assess(person, framework, {"A1": 2})
        EvidenceFactory(person=person, competency=competency, validated_level=3)
    client = client_for(coordinator)
    with translation.override("en"):
        html = client.get(url("manage_aggregates") + "?basis=validated").content.decode()
        assert "at each validated level: Validating municipality" in html
        assert 'value="validated" selected' in html  # the choice is kept
        row = re.search(r"<tr><th scope=\"row\">A1 .*?</tr>", html).group(0)
        assert re.findall(r'class="number">(\d+)<', row) == ["0", "0", "5", "0"]
        html = client.get(url("manage_aggregates")).content.decode()
        row = re.search(r"<tr><th scope=\"row\">A1 .*?</tr>", html).group(0)
        assert re.findall(r'class="number">(\d+)<', row) == ["0", "5", "0", "0"]


def test_target_profiles_are_managed(coordinator):
    framework = build_framework(areas=1, per_area=1)
    competency = framework.competencies.get()
    client = client_for(coordinator)
    response = client.post(
        url("manage_profile_create"),
        {
            "slug": "policy-officer",
            "order": "1",
            "name_lt": "Politikos specialistas",
            "name_en": "Policy officer",
            f"target_{competency.pk}": "3",
        },
    )
    assert response.status_code == 302
    assert client.get(url("manage_profiles")).status_code == 200
    profile = TargetProfile.objects.get(slug="policy-officer")
    assert profile.levels.get().level == 3
