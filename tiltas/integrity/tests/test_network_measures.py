"""The network's organisation page lists the measures the organisation adopted
(the ``network.organisation_measures`` slot this app fills)."""

import pytest
from django.urls import reverse
from django.utils import translation

from conftest import client_for
from tiltas.integrity.models import Measure

from .factories import adopted_with_evidence

pytestmark = pytest.mark.django_db


def test_the_organisation_page_lists_the_published_measures_it_adopted():
    adoption = adopted_with_evidence()
    with translation.override("en"):
        address = reverse("network:organisation", args=[adoption.organisation.slug])
        measure_url = reverse("integrity:measure", args=[adoption.measure.slug])
        page = client_for(None).get(address).content.decode()
        title = Measure.objects.get(pk=adoption.measure_id).title
    assert "Anti-corruption measures adopted" in page
    assert f'<a href="{measure_url}">{title}</a>' in page
    assert "In progress, 40%" in page
    Measure.objects.filter(pk=adoption.measure_id).update(is_published=False)
    with translation.override("en"):
        page = client_for(None).get(address).content.decode()
    assert "Anti-corruption measures adopted" not in page
