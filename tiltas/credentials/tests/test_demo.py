from urllib.parse import urlsplit

import pytest
from django.test import Client
from django.urls import reverse

from tiltas.accounts.demo import load_demo as load_accounts_demo
from tiltas.competencies.demo import load_demo as load_competencies_demo
from tiltas.credentials.demo import load_demo
from tiltas.credentials.models import Certificate, CertificateKind
from tiltas.events.demo import load_demo as load_events_demo
from tiltas.learning.demo import load_demo as load_learning_demo

pytestmark = pytest.mark.django_db


def test_demo_issues_certificates_for_held_events_and_completions_once():
    load_accounts_demo()
    load_competencies_demo()
    load_learning_demo()
    load_events_demo()
    assert load_demo()
    count = Certificate.objects.count()
    assert Certificate.objects.filter(kind=CertificateKind.EVENT).count() >= 5
    assert Certificate.objects.filter(kind=CertificateKind.PROGRAMME).exists()
    assert Certificate.objects.filter(person__email="member@demo.tiltas.lt").exists()
    load_demo()
    assert Certificate.objects.count() == count
    # Every demo certificate is an Open Badge: its assertion and its badge class
    # (in the holder's language) are served; the results page counts them.
    client = Client()
    for certificate in Certificate.objects.filter(person__isnull=False):
        response = client.get(reverse("badges:assertion", args=[certificate.number]))
        assert response.status_code == (410 if certificate.is_revoked else 200)
        if response.status_code == 200:
            badge = urlsplit(response.json()["badge"]).path
            assert client.get(badge).status_code == 200, badge
    html = client.get(reverse("indicators:dashboard")).content.decode()
    assert 'id="certificates-issued-caption"' in html
