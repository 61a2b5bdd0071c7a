"""Certificates issued, by programme and event, sex and country, as context on
the results page."""

import re
from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from tiltas.accounts.services import account_delete
from tiltas.credentials.models import Certificate
from tiltas.credentials.services import certificate_revoke
from tiltas.credentials.tests.factories import (
    attend,
    complete_programme,
    hold,
    issuer_and_signatory,
    new_person,
    past_event,
    programme_with_competency,
)
from tiltas.indicators.certificates import certificates_table

pytestmark = pytest.mark.django_db


@pytest.fixture
def issued(coordinator):
    """Three completions of one programme and two attendances of one event."""
    issuer_and_signatory()
    programme, lesson = programme_with_competency(title="Social clustering basics")
    holders = [
        new_person(sex="female", country="LT"),
        new_person(sex="female", country="NO"),
        new_person(sex="", country=""),
    ]
    for person in holders:
        complete_programme(person, programme, lesson)
    event = past_event(days=1, title_lt="Kaunas seminar", title_en="Kaunas seminar")
    for person in (new_person(sex="male", country="LT"), holders[0]):
        attend(event, person, 1, coordinator)
    hold(event, coordinator)
    return holders


def cells(html: str, title: str) -> list[str]:
    row = re.search(rf"<tr>\s*<th scope=\"row\">\s*{title}.*?</tr>", html, re.S)
    assert row, f"no row for {title}"
    return re.findall(r'<td class="number">(\d+|&lt; 5)</td>', row.group(0))


@pytest.mark.parametrize("language", ["lt", "en", "nb"])
def test_the_results_page_counts_certificates_by_sex_and_country(issued, coordinator, language):
    with translation.override(language):
        url = reverse("indicators:dashboard")
    client = Client()
    client.force_login(coordinator)
    html = client.get(url).content.decode()
    assert 'id="certificates-issued"' in html
    # Total; female, male, other, not stated; Lithuania, Norway, not stated
    assert cells(html, "Social clustering basics") == ["3", "2", "0", "0", "1", "1", "1", "1"]
    assert cells(html, "Kaunas seminar") == ["2", "1", "1", "0", "0", "2", "0", "0"]


def test_in_public_fewer_than_five_holders_of_a_sex_or_country_read_as_fewer_than_five(issued):
    html = Client().get(reverse("indicators:dashboard")).content.decode()
    small = "&lt; 5"
    assert cells(html, "Social clustering basics") == [
        "3", small, "0", "0", small, small, small, small,
    ]  # fmt: skip


def test_revoked_certificates_do_not_count_erased_holders_do_as_not_stated(issued, coordinator):
    first, second, _third = issued
    certificate_revoke(
        certificate=Certificate.objects.get(person=second, kind="programme"),
        reason="Recorded by mistake",
        actor=coordinator,
    )
    account_delete(user=first)
    table = certificates_table(exact=True)
    programme = next(row for row in table.rows if row[0].kind == "programme")
    count, by_sex, by_country = programme
    assert count.total == 2  # the erased holder's still counts, the revoked one not
    assert by_sex == [0, 0, 0, 2]
    assert by_country == [0, 0, 2]
    assert table.totals[0] == 2 + 2


def test_the_period_counts_certificates_issued_in_it(issued):
    today = timezone.localdate()
    assert certificates_table(start=today, end=today).totals[0] == 5
    assert certificates_table(end=today - timedelta(days=1)).rows == []
    html = (
        Client()
        .get(reverse("indicators:dashboard"), {"start": "2020-01-01", "end": "2020-12-31"})
        .content.decode()
    )
    assert "Social clustering basics" not in html


def test_the_counts_cost_the_same_queries_for_many_certificates(
    issued, django_assert_max_num_queries
):
    programme_id = Certificate.objects.filter(kind="programme").first().programme_id
    template = Certificate.objects.filter(kind="programme").first()
    for n in range(40):
        person = new_person(sex="male" if n % 2 else "female", country="NO")
        Certificate.objects.create(
            person=person,
            kind="programme",
            programme_id=programme_id,
            holder_name=person.full_name,
            ended_on=template.ended_on,
            issuer_name=template.issuer_name,
        )
    with django_assert_max_num_queries(3):
        table = certificates_table()
    assert table.totals[0] == 45
