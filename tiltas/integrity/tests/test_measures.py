"""Adoption of measures: who records for which organisation, the checks on
progress and dates, the timeline with evidence, and the CSV round trip."""

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from tiltas.accounts.tests.factories import OrganisationFactory
from tiltas.core.exports import csv_bytes
from tiltas.core.models import AuditEntry
from tiltas.core.roles import Role
from tiltas.integrity.content import load_project
from tiltas.integrity.models import Adoption, AdoptionEntry, Measure
from tiltas.integrity.selectors import adoptions_all
from tiltas.integrity.services import (
    CSV_COLUMNS,
    adoption_create,
    adoption_update,
    adoptions_csv_rows,
    adoptions_import,
    measure_save,
)

from .factories import adopted_with_evidence

pytestmark = pytest.mark.django_db

START = {"adopted_on": date(2026, 2, 1), "status": "planned", "progress": 0}


@pytest.fixture
def catalogue(db):
    load_project()
    return Measure.objects.get(slug="interest-declarations")


def test_the_catalogue_is_loaded_in_three_languages_once(catalogue):
    count = Measure.objects.count()
    assert count >= 6
    load_project()
    assert Measure.objects.count() == count
    assert catalogue.title_nb == "Habilitetserklæringer og register over inhabilitet"
    assert sorted(catalogue.risk_areas.values_list("area", flat=True)) == [
        "grants", "hr", "political", "procurement",
    ]  # fmt: skip


def test_an_integrity_officer_records_for_their_own_organisation_only(make_user, catalogue):
    own, other = OrganisationFactory(), OrganisationFactory()
    officer = make_user(role=Role.INTEGRITY_OFFICER, organisation=own)
    adoption = adoption_create(actor=officer, organisation=own, measure=catalogue, data=START)
    assert adoption.entries.count() == 1
    with pytest.raises(PermissionDenied):
        adoption_create(actor=officer, organisation=other, measure=catalogue, data=START)
    for role in (Role.MEMBER, Role.TRAINER):
        with pytest.raises(PermissionDenied):
            adoption_update(
                actor=make_user(role=role, organisation=own), adoption=adoption, data=START
            )


def test_a_coordinator_records_for_any_organisation_once(coordinator, catalogue):
    organisation = OrganisationFactory()
    adoption_create(actor=coordinator, organisation=organisation, measure=catalogue, data=START)
    with pytest.raises(ValidationError) as twice:
        adoption_create(actor=coordinator, organisation=organisation, measure=catalogue, data=START)
    assert "measure" in twice.value.error_dict
    assert Adoption.objects.count() == 1


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"progress": 101}, "progress"),
        ({"progress": -1}, "progress"),
        ({"target_on": date(2026, 1, 1)}, "target_on"),
        ({"implemented_on": date(2025, 12, 31)}, "implemented_on"),
        ({"on": date(2026, 1, 31)}, "on"),
    ],
)
def test_progress_outside_0_to_100_and_dates_before_the_adoption_are_refused(
    coordinator, catalogue, data, field
):
    adoption = adoption_create(
        actor=coordinator, organisation=OrganisationFactory(), measure=catalogue, data=START
    )
    with pytest.raises(ValidationError) as refused:
        adoption_update(actor=coordinator, adoption=adoption, data={**START, **data})
    assert field in refused.value.error_dict
    adoption.refresh_from_db()
    assert adoption.progress == 0 and adoption.entries.count() == 1


def test_each_step_is_on_the_timeline_with_its_evidence_and_audited():
    adoption = adopted_with_evidence()
    adoption.refresh_from_db()
    assert (adoption.status, adoption.progress) == ("in_progress", 40)
    step = adoption.entries.first()
    assert step.note == "Tvarka" and step.evidence_name == "tvarka.pdf"
    assert step.evidence_type == "application/pdf"
    assert step.evidence.name != "tvarka.pdf"  # stored under a random name
    actions = set(AuditEntry.objects.values_list("action", flat=True))
    assert {"integrity.adoption.created", "integrity.adoption.updated"} <= actions


def test_evidence_of_the_wrong_type_is_refused(coordinator, catalogue):
    adoption = adoption_create(
        actor=coordinator, organisation=OrganisationFactory(), measure=catalogue, data=START
    )
    page = SimpleUploadedFile("proof.pdf", b"<html><script>x</script></html>")
    with pytest.raises(ValidationError) as refused:
        adoption_update(
            actor=coordinator, adoption=adoption, data={**START, "progress": 5}, evidence=page
        )
    assert "evidence" in refused.value.error_dict
    assert AdoptionEntry.objects.filter(adoption=adoption).count() == 1


def test_the_csv_round_trip_updates_what_changed(coordinator, catalogue):
    adoption = adopted_with_evidence()
    exported = csv_bytes(list(CSV_COLUMNS), adoptions_csv_rows(adoptions_all()))
    changed = exported.replace(b",in_progress,40,", b",implemented,100,")
    new_line = f"{adoption.organisation.slug},{catalogue.slug},planned,5,2026-04-01,,,\r\n"
    assert adoptions_import(actor=coordinator, content=changed + new_line.encode()) == 2
    adoption.refresh_from_db()
    assert (adoption.status, adoption.progress) == ("implemented", 100)
    assert adoption.entries.count() == 3  # a step for the import
    assert Adoption.objects.get(measure=catalogue).progress == 5


def test_a_csv_with_bad_rows_writes_nothing_and_names_every_bad_line(coordinator, catalogue):
    organisation = OrganisationFactory(slug="pamariai")
    content = (
        ",".join(CSV_COLUMNS) + "\n"
        "pamariai,interest-declarations,planned,10,2026-01-01,,,\n"
        "pamariai,no-such-measure,planned,10,2026-01-01,,,\n"
        "pamariai,open-contract-data,finished,150,2026-01-01,,,\n"
        "pamariai,grant-transparency,planned,10,2026-13-01,,,\n"
        "pamariai,random-case-review,planned,10,2026-05-01,2026-04-01,,\n"
        "pamariai,interest-declarations,planned,20,2026-01-01,,,\n"
    ).encode()
    with pytest.raises(ValidationError) as refused, translation.override("en"):
        adoptions_import(actor=coordinator, content=content)
    messages = refused.value.messages
    assert [m.split(":")[0] for m in messages] == ["Line 3", "Line 4", "Line 5", "Line 6", "Line 7"]
    assert "no-such-measure" in messages[0]
    assert "unknown status" in messages[1] and "0 to 100" in messages[1]
    assert "adopted_on is not a date" in messages[2]
    assert "target_on" in messages[3]
    assert "earlier line" in messages[4]
    assert not Adoption.objects.filter(organisation=organisation).exists()


def test_an_integrity_officer_imports_no_other_organisation(make_user, catalogue):
    officer = make_user(role=Role.INTEGRITY_OFFICER, organisation=OrganisationFactory())
    OrganisationFactory(slug="kita")
    content = ",".join(CSV_COLUMNS) + "\nkita,interest-declarations,planned,1,2026-01-01,,,\n"
    with pytest.raises(ValidationError) as refused, translation.override("en"):
        adoptions_import(actor=officer, content=content.encode())
    assert "may not record" in refused.value.messages[0]


def test_editors_keep_the_catalogue_and_short_names_stay_unique(
    integrity_officer, member, catalogue
):
    data = {"slug": "new-measure", "kind": "respond", "origin": "lt", "effort": "low",
            "title_lt": "Nauja", "description_lt": "Aprašas", "risk_areas": ["hr"]}  # fmt: skip
    measure = measure_save(actor=integrity_officer, data=data)
    assert list(measure.risk_areas.values_list("area", flat=True)) == ["hr"]
    with pytest.raises(ValidationError):
        measure_save(
            actor=integrity_officer, data={**data, "slug": catalogue.slug}, measure=measure
        )
    with pytest.raises(PermissionDenied):
        measure_save(actor=member, data={**data, "slug": "other"})
