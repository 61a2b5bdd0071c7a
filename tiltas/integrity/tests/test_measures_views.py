"""The catalogue and accountability pages: filters, three languages, progress
meters with text, who reaches the recording pages (organisations apart),
form errors that keep the input, CSV export and import, and query budgets."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from tiltas.accounts.tests.factories import OrganisationFactory
from tiltas.core.roles import Role
from tiltas.integrity.content import load_project
from tiltas.integrity.models import Adoption, Measure
from tiltas.integrity.services import adoption_create

from .factories import adopted_with_evidence

pytestmark = pytest.mark.django_db


def url(name: str, language: str = "en", **kwargs) -> str:
    with translation.override(language):
        return reverse(f"integrity:{name}", kwargs=kwargs)


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("lt", "Keturių akių principas viešuosiuose pirkimuose"),
        ("en", "Four eyes in public procurement"),
        ("nb", "Fireøyneprinsippet i offentlige anskaffelser"),
    ],
)
def test_the_catalogue_in_three_languages(client, language, title):
    load_project()
    assert title in client.get(url("measures", language)).content.decode()


def test_the_catalogue_filters(client):
    load_project()
    page = client.get(url("measures") + "?kind=detect&area=social_services").content.decode()
    assert "Random review of decisions on services" in page
    assert "An internal reporting channel" in page
    assert "Four eyes in public procurement" not in page
    page = client.get(url("measures") + "?origin=no&effort=medium").content.decode()
    assert "Four eyes in public procurement" in page
    assert "An internal reporting channel" not in page


def test_accountability_pages_show_progress_with_text_and_the_timeline(client):
    adoption = adopted_with_evidence()
    page = client.get(url("organisation", slug=adoption.organisation.slug)).content.decode()
    assert '<progress max="100" value="40"' in page and "40 %" in page
    assert "In progress" in page and "Tvarka" in page
    assert "Evidence: tvarka.pdf" in page
    entry = adoption.entries.exclude(evidence="").get()
    download = client.get(url("evidence", pk=entry.pk))
    assert download["Content-Disposition"].startswith("attachment")
    measure_page = client.get(url("measure", slug=adoption.measure.slug)).content.decode()
    assert adoption.organisation.name in measure_page and "40 %" in measure_page
    assert "Last changed" in measure_page
    listing = client.get(url("organisations")).content.decode()
    assert adoption.organisation.name in listing


def test_an_organisation_without_adoptions_has_no_page(client):
    load_project()
    assert client.get(url("organisation", slug=OrganisationFactory().slug)).status_code == 404
    assert client.get(url("measure", slug="no-such-measure")).status_code == 404


def test_the_csv_export_is_public(client):
    adoption = adopted_with_evidence()
    response = client.get(url("adoptions_csv"))
    body = response.content.decode("utf-8-sig")
    assert body.splitlines()[0].startswith("organisation,measure,status,progress")
    assert f"{adoption.organisation.slug},four-eyes-procurement,in_progress,40," in body


@pytest.mark.parametrize("role", ["anonymous", *Role.values])
def test_who_reaches_the_recording_pages(role_client, role):
    adoption = adopted_with_evidence()
    client = role_client(role)
    adoptions = client.get(url("manage_adoptions")).status_code
    step = client.get(url("manage_adoption", pk=adoption.pk)).status_code
    catalogue = client.get(url("manage_measures")).status_code
    imports = client.get(url("manage_adoptions_import")).status_code
    if role == "anonymous":
        assert {adoptions, step, catalogue, imports} == {302}
    elif role in (Role.MEMBER, Role.TRAINER):
        assert {adoptions, step, catalogue, imports} == {403}
    elif role == Role.INTEGRITY_OFFICER:
        # Another organisation's adoption is not theirs to see.
        assert (adoptions, step, catalogue, imports) == (200, 404, 200, 403)
    else:
        assert {adoptions, step, catalogue, imports} == {200}


def test_an_integrity_officer_records_for_their_organisation(client, make_user):
    load_project()
    own, other = OrganisationFactory(), OrganisationFactory()
    officer = make_user(role=Role.INTEGRITY_OFFICER, organisation=own)
    client.force_login(officer)
    measure = Measure.objects.get(slug="grant-transparency")
    form = {"organisation": other.pk, "measure": measure.pk, "adopted_on": "2026-03-01",
            "status": "planned", "progress": "0"}  # fmt: skip
    refused = client.post(url("manage_adoptions"), form)
    assert refused.status_code == 200
    assert "Select a valid choice" in refused.content.decode()
    client.post(url("manage_adoptions"), {**form, "organisation": own.pk})
    adoption = Adoption.objects.get()
    assert adoption.organisation == own
    other_adoption = adoption_create(
        actor=make_user(role=Role.COORDINATOR), organisation=other, measure=measure,
        data={"adopted_on": "2026-03-01", "status": "planned", "progress": 0},
    )  # fmt: skip
    assert client.get(url("manage_adoption", pk=other_adoption.pk)).status_code == 404
    assert client.post(url("manage_adoption", pk=other_adoption.pk), {}).status_code == 404


def test_a_step_with_bad_progress_or_date_is_a_form_error_that_keeps_the_input(client, make_user):
    adoption = adopted_with_evidence()
    officer = make_user(role=Role.INTEGRITY_OFFICER, organisation=adoption.organisation)
    client.force_login(officer)
    step = {"on": "2026-04-01", "status": "implemented", "progress": "140", "note": "Baigta"}
    response = client.post(url("manage_adoption", "lt", pk=adoption.pk), step)
    page = response.content.decode()
    assert "Pažanga – procentai nuo 0 iki 100." in page  # noqa: RUF001 - the Lithuanian text's dash
    assert "Baigta" in page and 'value="140"' in page
    early = client.post(
        url("manage_adoption", "en", pk=adoption.pk), {**step, "progress": "90", "on": "2025-01-01"}
    )
    assert "cannot be before the measure was adopted" in early.content.decode()
    ok = client.post(
        url("manage_adoption", pk=adoption.pk),
        {**step, "progress": "100", "evidence": SimpleUploadedFile("a.pdf", b"%PDF-1.4\n%%EOF\n")},
    )
    assert ok.status_code == 302
    adoption.refresh_from_db()
    assert adoption.progress == 100


def test_import_names_bad_lines_on_the_form(client, coordinator):
    load_project()
    client.force_login(coordinator)
    bad = SimpleUploadedFile(
        "a.csv",
        b"organisation,measure,status,progress,adopted_on,target_on,implemented_on,responsible_role\n"
        b"nowhere,interest-declarations,planned,1,2026-01-01,,,\n",
    )
    page = client.post(url("manage_adoptions_import"), {"file": bad}).content.decode()
    assert "Line 2:" in page and "unknown organisation" in page
    assert not Adoption.objects.exists()


def _many(times: int, coordinator) -> None:
    organisation = OrganisationFactory()
    for n in range(times * 3):
        measure = Measure.objects.create(
            slug=f"m-{times}-{n}", title_lt=f"Priemonė {n}", description_lt="Aprašas",
            kind="prevent", origin="lt", effort="low",
        )  # fmt: skip
        measure.risk_areas.create(area="hr")
        measure.risk_areas.create(area="grants")
        adoption_create(
            actor=coordinator, organisation=organisation, measure=measure,
            data={"adopted_on": "2026-01-01", "status": "planned", "progress": n % 100},
        )  # fmt: skip


@pytest.mark.parametrize("times", [1, 10])
def test_catalogue_and_accountability_pages_have_a_query_budget(
    client, coordinator, times, django_assert_max_num_queries
):
    load_project()
    _many(times, coordinator)
    organisation = Adoption.objects.latest("id").organisation
    with django_assert_max_num_queries(8):
        assert client.get(url("measures")).status_code == 200
    with django_assert_max_num_queries(8):
        assert client.get(url("organisation", slug=organisation.slug)).status_code == 200
    with django_assert_max_num_queries(8):
        assert client.get(url("organisations")).status_code == 200
    measure = Adoption.objects.latest("id").measure
    with django_assert_max_num_queries(10):
        assert client.get(url("measure", slug=measure.slug)).status_code == 200


def test_the_results_page_shows_measures_and_adoptions_as_context(client):
    from tiltas.indicators.content import load_project as load_framework

    load_framework()
    adopted_with_evidence()
    page = client.get(reverse("indicators:dashboard")).content.decode()
    assert "Priemonių diegimas pagal būseną" in page  # the table's caption, in Lithuanian
    section = page.split('id="integrity-figures"')[1]
    assert "Diegiama</th>" in section and '<td class="number">1</td>' in section
