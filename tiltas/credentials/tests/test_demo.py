import pytest

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
