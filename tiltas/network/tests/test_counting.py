"""The 1.3.3 indicator "the network is live", by known answers."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from tiltas.accounts.models import Country
from tiltas.accounts.tests.factories import OrganisationFactory
from tiltas.indicators import registry
from tiltas.indicators.content import load_project
from tiltas.indicators.models import Counting, Indicator
from tiltas.network.counting import network_live
from tiltas.network.models import ClusterOrganisation, ClusterVisibility

from .cluster_factories import ClusterFactory

pytestmark = pytest.mark.django_db


def _cluster(*countries: str, joined_at=None, **fields):
    cluster = ClusterFactory(**fields)
    for country in countries:
        organisation = OrganisationFactory(country=country, region="")
        ClusterOrganisation.objects.create(
            cluster=cluster, organisation=organisation, joined_at=joined_at or timezone.now()
        )
    return cluster


def test_no_cluster_counts_nothing():
    assert network_live().value == 0


def test_a_public_cluster_of_three_organisations_from_lithuania_and_norway_counts_one():
    _cluster(Country.LT, Country.LT, Country.NO)
    assert network_live().value == 1


def test_two_such_clusters_still_count_one_network():
    _cluster(Country.LT, Country.NO, Country.NO)
    _cluster(Country.LT, Country.LT, Country.NO)
    assert network_live().value == 1


@pytest.mark.parametrize(
    ("countries", "visibility"),
    [
        ((Country.LT, Country.LT, Country.NO), ClusterVisibility.PRIVATE),
        ((Country.LT, Country.NO), ClusterVisibility.PUBLIC),
        ((Country.LT, Country.LT, Country.LT), ClusterVisibility.PUBLIC),
    ],
    ids=["private", "two-organisations", "one-country"],
)
def test_a_cluster_short_of_the_rule_counts_nothing(countries, visibility):
    _cluster(*countries, visibility=visibility)
    assert network_live().value == 0


def test_organisations_spread_over_clusters_do_not_add_up():
    _cluster(Country.LT, Country.LT)
    _cluster(Country.NO)
    assert network_live().value == 0


def test_demo_organisations_do_not_make_the_network_live():
    cluster = _cluster(Country.LT, Country.NO)
    ClusterOrganisation.objects.create(
        cluster=cluster, organisation=OrganisationFactory(country=Country.LT, is_demo=True)
    )
    assert network_live().value == 0


def test_the_network_counts_from_the_day_its_third_organisation_joined():
    joined = timezone.make_aware(datetime.datetime(2026, 3, 10, 23, 30))
    _cluster(Country.LT, Country.LT, Country.NO, joined_at=joined)
    assert network_live(end=datetime.date(2026, 3, 9)).value == 0
    assert network_live(end=datetime.date(2026, 3, 10)).value == 1
    # Cumulative: a later period still shows it live.
    assert network_live(start=datetime.date(2026, 6, 1), end=datetime.date(2026, 6, 30)).value == 1


def test_the_results_framework_counts_the_network_and_states_the_rule():
    load_project()
    indicator = Indicator.objects.get(code="1.3.3-network")
    assert indicator.source == "network.network_live"
    assert indicator.counting == Counting.CUMULATIVE
    assert registry.get_counter(indicator.source) is network_live
    assert "3" in indicator.counting_rule_lt
    assert "three organisations" in indicator.counting_rule_en
    assert "tre organisasjoner" in indicator.counting_rule_nb
    _cluster(Country.LT, Country.NO, Country.NO)
    assert registry.measure(indicator.source, indicator.source_params).value == 1


@pytest.mark.parametrize(
    ("language", "network_rule", "logins_rule"),
    [
        ("lt", "bent viename viešame klasteryje", "demonstracinės, sugeneruotos ir tik darbuotojų"),
        ("en", "at least one public cluster", "demo, generated and staff-only accounts"),
        ("nb", "minst én offentlig klynge", "demo-, genererte og rene ansattkontoer"),
    ],
)
def test_the_results_page_says_how_both_network_indicators_count(
    client, language, network_rule, logins_rule
):
    load_project()
    with translation.override(language):
        page = reverse("indicators:activity_detail", kwargs={"code": "1.3.3"})
    html = client.get(page).content.decode()
    assert network_rule in html
    assert logins_rule in html
