"""The corruption-risk register: private per organisation, edited by its
integrity officer or a coordinator, the heat map and its table, reminders of
reviews by e-mail, and the XLSX export for the STT."""

import io
from datetime import date, timedelta

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation
from openpyxl import load_workbook

from tiltas.accounts.tests.factories import OrganisationFactory
from tiltas.core.models import AuditEntry
from tiltas.core.roles import Role
from tiltas.integrity.content import load_project
from tiltas.integrity.models import Measure, Risk
from tiltas.integrity.services import risk_save, risks_remind

pytestmark = pytest.mark.django_db

RISK = {
    "area": "procurement",
    "description": "Pirkimai skaidomi, kad būtų išvengta konkurso.",
    "criteria": ["funds", "discretion"],
    "likelihood": 4,
    "impact": 5,
    "owner": "Pirkimų skyriaus vadovas",
    "review_on": date(2027, 3, 1),
}


def url(name: str, language: str = "en", **kwargs) -> str:
    with translation.override(language):
        return reverse(f"integrity:{name}", kwargs=kwargs)


@pytest.fixture
def setting(make_user):
    load_project()
    own, other = OrganisationFactory(), OrganisationFactory()
    officer = make_user(role=Role.INTEGRITY_OFFICER, organisation=own, preferred_language="nb")
    risk = risk_save(
        actor=officer,
        organisation=own,
        data={**RISK, "measures": [Measure.objects.get(slug="four-eyes-procurement")]},
    )
    return own, other, officer, risk


def test_the_officer_writes_their_organisations_register_only(setting, make_user):
    own, other, officer, risk = setting
    assert risk.criteria == ["discretion", "funds"] and risk.score == 20
    assert AuditEntry.objects.filter(action="integrity.risk.created").exists()
    with pytest.raises(PermissionDenied):
        risk_save(actor=officer, organisation=other, data=RISK)
    with pytest.raises(PermissionDenied):  # staff of the organisation read, not write
        risk_save(actor=make_user(role=Role.TRAINER, organisation=own), organisation=own, data=RISK)


@pytest.mark.parametrize("field", ["likelihood", "impact"])
def test_scores_outside_1_to_5_are_refused(setting, field):
    own, _other, officer, _risk = setting
    with pytest.raises(ValidationError) as refused:
        risk_save(actor=officer, organisation=own, data={**RISK, field: 6})
    assert field in refused.value.error_dict


@pytest.mark.parametrize(
    ("who", "expected"),
    [
        ("anonymous", 302),
        ("member of the organisation", 403),
        ("trainer of the organisation", 200),
        ("officer of the organisation", 200),
        ("officer of another organisation", 404),
        ("trainer of another organisation", 404),
        ("coordinator", 200),
        ("administrator", 200),
    ],
)
def test_a_register_is_private_to_its_organisation_and_the_coordinators(
    client, make_user, setting, who, expected
):
    own, other, _officer, risk = setting
    role = {"member": Role.MEMBER, "trainer": Role.TRAINER, "officer": Role.INTEGRITY_OFFICER}
    if who != "anonymous":
        first = who.split()[0]
        if first in role:
            organisation = own if who.endswith("of the organisation") else other
            client.force_login(make_user(role=role[first], organisation=organisation))
        else:
            client.force_login(make_user(role=Role(first)))
    for page in (
        url("risks", slug=own.slug),
        url("risks_xlsx", slug=own.slug),
    ):
        assert client.get(page).status_code == expected, page
    edit = client.get(url("risk_edit", slug=own.slug, pk=risk.pk)).status_code
    may_edit = who in ("officer of the organisation", "coordinator", "administrator")
    # Staff of the organisation read the register but open no risk to edit.
    assert edit == (200 if may_edit else 404 if who == "trainer of the organisation" else expected)


def test_a_risk_id_of_another_register_is_not_found(client, coordinator, setting):
    _own, other, _officer, risk = setting
    client.force_login(coordinator)
    assert client.get(url("risk_edit", slug=other.slug, pk=risk.pk)).status_code == 404


def test_the_register_page_has_the_heat_map_and_its_table(client, setting):
    own, _other, officer, _risk = setting
    client.force_login(officer)
    client.post(
        url("risk_create", slug=own.slug),
        {**RISK, "likelihood": "1", "impact": "2", "review_on": "2027-05-01"},
    )
    page = client.get(url("risks", slug=own.slug)).content.decode()
    assert "Number of risks by likelihood (rows) and impact (columns)" in page
    assert '<td class="heat-high number">1</td>' in page
    assert '<td class="heat-low number">1</td>' in page
    assert page.count("Pirkimai skaidomi") == 2  # each risk in the table as well


def test_a_bad_score_on_the_form_keeps_the_input(client, setting):
    own, _other, officer, _risk = setting
    client.force_login(officer)
    page = client.post(
        url("risk_create", slug=own.slug), {**RISK, "likelihood": "9", "review_on": "2027-05-01"}
    ).content.decode()
    assert "Select a valid choice" in page and "Pirkimai skaidomi" in page
    assert Risk.objects.count() == 1


def test_the_export_for_the_stt(client, setting):
    own, _other, officer, _risk = setting
    client.force_login(officer)
    response = client.get(url("risks_xlsx", slug=own.slug))
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("No.", "Risk area", "Description", "Art. 6 criteria")
    assert rows[1][4:7] == (4, 5, 20)
    assert "Four eyes" in rows[1][8] or "Keturių akių" in rows[1][8]


def test_reviews_due_are_mailed_once_in_the_officers_language(setting):
    own, _other, officer, risk = setting
    today = timezone.localdate()
    Risk.objects.filter(pk=risk.pk).update(review_on=today + timedelta(days=3))
    call_command("risk_review_reminders", stdout=io.StringIO())
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [officer.email]
    assert "Korrupsjonsrisikoer som skal gjennomgås" in message.subject
    assert "Pirkimai skaidomi" in message.body
    assert risks_remind() == 0  # once per review date
    risk_save(
        actor=officer, organisation=own, data={"review_on": today + timedelta(days=5)}, risk=risk
    )
    assert risks_remind() == 1 and len(mail.outbox) == 2


def test_the_scheduler_runs_the_reminders_daily_and_staff_find_the_registers(client, setting):
    from tiltas.core import contributions

    job = contributions.jobs()["integrity.risk_reviews"]
    assert job.command == "risk_review_reminders" and job.every == timedelta(days=1)
    _own, _other, officer, _risk = setting
    client.force_login(officer)
    with translation.override("en"):
        manage = client.get(reverse("core:manage")).content.decode()
    assert url("registers") in manage
