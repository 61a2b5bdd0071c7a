import pytest

from tiltas.credentials.models import Certificate

from .factories import complete_programme, issuer_and_signatory, programme_with_competency


@pytest.fixture
def certificate(member):
    """The member's certificate of completion of "Social clustering basics"
    (SC1 at level 3), issued by the applicant organisation."""
    issuer_and_signatory()
    programme, lesson = programme_with_competency(title="Social clustering basics")
    complete_programme(member, programme, lesson)
    return Certificate.objects.get(person=member)
