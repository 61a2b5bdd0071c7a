import pytest
from django.test import override_settings

from tiltas.accounts.demo import load_demo as load_accounts_demo
from tiltas.competencies import selectors
from tiltas.competencies.demo import load_demo
from tiltas.competencies.models import Evidence, ProfileChoice, SelfAssessment

pytestmark = pytest.mark.django_db


def test_demo_members_have_a_history_evidence_and_a_visible_group(tmp_path):
    with override_settings(MEDIA_ROOT=tmp_path):
        load_accounts_demo()
        load_demo()
        counts = (SelfAssessment.objects.count(), Evidence.objects.count())
        load_demo()  # safe to run again
    assert (SelfAssessment.objects.count(), Evidence.objects.count()) == counts
    member = ProfileChoice.objects.get().person
    assert member.email == "member@demo.tiltas.lt"
    framework = selectors.framework_published()
    assert len(selectors.assessment_history(member, framework)) == 3
    assert Evidence.objects.filter(person=member, validated_level__isnull=False).exists()
    assert Evidence.objects.filter(person=member).exclude(file="").exists()
    result = selectors.level_distribution(framework, "organisation")
    assert result.groups, "at least one organisation is large enough to show"
    assert result.hidden_groups > 0
