import datetime
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone, translation

from tiltas.accounts.tests.factories import UserFactory
from tiltas.competencies import services
from tiltas.competencies.content import load_project
from tiltas.competencies.models import (
    Evidence,
    Framework,
    FrameworkStatus,
    SelfAssessment,
)
from tiltas.core.roles import Role

from .factories import (
    EvidenceFactory,
    TargetProfileFactory,
    assess,
    build_framework,
    target,
    teaching,
)
from .view_helpers import PDF, client_for, drain, url

pytestmark = pytest.mark.django_db


# --- Public framework page ------------------------------------------------------


def test_the_published_framework_is_public_in_every_language(client):
    load_project()
    for language, text in (
        ("lt", "Tarpsektorinių partnerysčių kūrimas"),
        ("en", "Cross-sector partnership building"),
        ("nb", "Bygging av tverrsektorielle partnerskap"),
    ):
        with translation.override(language):
            response = client.get(reverse("competencies:framework"))
        assert response.status_code == 200
        assert text in response.content.decode()


def test_names_are_escaped_on_the_framework_and_profile_pages(client, member):
    framework = build_framework(areas=1, per_area=1)
    competency = framework.competencies.get()
    competency.name_lt = competency.name_en = '<script>alert("x")</script>'
    competency.save()
    for response in (client.get(url("framework")), client_for(member).get(url("profile"))):
        html = response.content.decode()
        assert "<script>alert" not in html
        assert "&lt;script&gt;alert" in html


def test_a_draft_is_not_shown_to_the_public(client):
    draft = build_framework(published=False)
    response = client.get(url("framework"))
    assert response.status_code == 200
    assert draft.title_en not in response.content.decode()


def _framework_queries(client, django_assert_max_num_queries, size: int) -> int:
    Framework.objects.all().delete()
    build_framework(areas=size, per_area=size)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        assert client.get(url("framework")).status_code == 200
    return len(queries)


def test_the_framework_page_makes_a_bounded_number_of_queries(
    client, django_assert_max_num_queries
):
    small = _framework_queries(client, django_assert_max_num_queries, 1)
    large = _framework_queries(client, django_assert_max_num_queries, 5)
    assert small == large
    with django_assert_max_num_queries(8):
        client.get(url("framework"))


# --- Profile ------------------------------------------------------------------------


def _profile_setup(member, competencies: int) -> None:
    framework = build_framework(areas=1, per_area=competencies)
    profile = TargetProfileFactory()
    for competency in framework.competencies.all():
        target(profile, competency, 4)
        EvidenceFactory(person=member, competency=competency)
    services.profile_choose(person=member, profile=profile)
    levels = {c.code: 1 for c in framework.competencies.all()}
    for month in range(1, 4):
        assess(member, framework, levels, on=datetime.date(2026, month, 1))


def test_the_profile_shows_levels_gap_chart_and_table(member):
    _profile_setup(member, 3)
    response = client_for(member).get(url("profile"))
    html = response.content.decode()
    assert response.status_code == 200
    svg = re.search(r"<svg[^>]*>.*?</svg>", html, re.S).group(0)
    assert 'role="img"' in svg and "<title" in svg
    assert "style=" not in svg
    assert "<caption>" in html
    # Three competencies with a gap of 3 each (target 4, self 1).
    assert html.count('class="gap-open">3<') == 3


def _grow_history(member, framework: Framework, *, to: int) -> None:
    """Bring ``member`` to ``to`` self-assessments and ``to`` pieces of evidence (bulk)."""
    from tiltas.competencies.models import SelfAssessmentItem

    competencies = list(framework.competencies.all())
    missing = to - SelfAssessment.objects.filter(person=member).count()
    first = datetime.date(2020, 1, 1)
    made = SelfAssessment.objects.bulk_create(
        SelfAssessment(
            person=member,
            framework=framework,
            date=first + datetime.timedelta(days=i),
            submitted_at=timezone.now(),
        )
        for i in range(missing)
    )
    made = list(SelfAssessment.objects.filter(person=member).order_by("-pk")[: len(made)])
    SelfAssessmentItem.objects.bulk_create(
        SelfAssessmentItem(assessment=a, competency=c, level=1 + (a.pk % 4))
        for a in made
        for c in competencies
    )
    missing = to - Evidence.objects.filter(person=member).count()
    Evidence.objects.bulk_create(
        Evidence(
            person=member,
            competency=competencies[i % len(competencies)],
            kind="uploaded",
            title=f"Report {i}",
            occurred_on=first + datetime.timedelta(days=i),
            level_claimed=2,
            validated_level=(3 if i % 2 else None),
            link="https://example.org/report",
        )
        for i in range(missing)
    )


def test_the_profile_makes_the_same_number_of_queries_with_more_rows(member):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    _profile_setup(member, 5)
    framework = Framework.objects.get(status=FrameworkStatus.PUBLISHED)
    _grow_history(member, framework, to=10)
    client = client_for(member)
    client.get(url("profile"))  # the framework's shared content is built and kept
    with CaptureQueriesContext(connection) as small:
        assert client.get(url("profile")).status_code == 200
    _grow_history(member, framework, to=1000)
    with CaptureQueriesContext(connection) as large:
        assert client.get(url("profile")).status_code == 200
    assert len(small) == len(large)


def test_the_profile_query_count_is_bounded(member, django_assert_max_num_queries):
    _profile_setup(member, 8)
    client = client_for(member)
    with django_assert_max_num_queries(25):
        assert client.get(url("profile")).status_code == 200


def test_without_a_published_framework_the_profile_says_so_and_shows_no_levels(member):
    draft = build_framework(published=False, areas=1, per_area=1)
    draft_competency = draft.competencies.get()
    response = client_for(member).get(url("profile"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "The competency model has not been published yet." in html
    # Nothing of the profile: no levels table, no chart, no actions, nothing of the draft.
    assert "<table" not in html and "<svg" not in html
    assert url("assessment_create") not in html and url("evidence_create") not in html
    assert url("profile_target") not in html
    assert draft_competency.name_en not in html


def test_choosing_a_target_profile(member):
    build_framework()
    profile = TargetProfileFactory()
    client = client_for(member)
    response = client.post(url("profile_target"), {"profile": profile.pk})
    assert response.status_code == 302
    assert member.competency_profile_choice.profile == profile
    assert client.get(url("profile_target")).status_code == 405


# --- Self-assessment ----------------------------------------------------------------


def test_a_member_assesses_themselves(member):
    framework = build_framework()
    a1 = framework.competencies.get(code="A1")
    client = client_for(member)
    assert client.get(url("assessment_create")).status_code == 200
    response = client.post(
        url("assessment_create"), {f"level_{a1.pk}": "2", f"note_{a1.pk}": "Ran two meetings"}
    )
    assert response.status_code == 302
    item = SelfAssessment.objects.get(person=member).items.get()
    assert (item.competency, item.level, item.note) == (a1, 2, "Ran two meetings")


def test_an_empty_or_bad_assessment_is_shown_again_with_errors(member):
    framework = build_framework()
    a1 = framework.competencies.get(code="A1")
    client = client_for(member)
    response = client.post(url("assessment_create"), {f"note_{a1.pk}": "kept text"})
    assert response.status_code == 200
    assert "error-summary" in response.content.decode()
    assert "kept text" in response.content.decode()
    response = client.post(url("assessment_create"), {f"level_{a1.pk}": "7"})
    assert response.status_code == 200
    assert not SelfAssessment.objects.exists()


def test_someone_elses_assessment_is_not_found(member):
    framework = build_framework()
    mine = assess(member, framework, {"A1": 2})
    theirs = assess(UserFactory(), framework, {"A1": 3})
    client = client_for(member)
    assert client.get(url("assessment_detail", pk=mine.pk)).status_code == 200
    assert client.get(url("assessment_detail", pk=theirs.pk)).status_code == 404


# --- Evidence -----------------------------------------------------------------------


def test_a_member_uploads_evidence_and_downloads_it_safely(member, tmp_path):
    framework = build_framework()
    client = client_for(member)
    with override_settings(MEDIA_ROOT=tmp_path):
        response = client.post(
            url("evidence_create"),
            {
                "competency": framework.competencies.first().pk,
                "title": "Partnership agreement",
                "occurred_on": "2026-02-01",
                "level_claimed": "3",
                "file": SimpleUploadedFile('agreement"<b>.pdf', PDF, "application/pdf"),
            },
        )
        assert response.status_code == 302
        evidence = Evidence.objects.get(person=member)
        response = client.get(url("evidence_file", pk=evidence.pk))
        assert response.status_code == 200
        assert response["Content-Disposition"].startswith("attachment")
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Content-Type"] == "application/pdf"
        assert drain(response) == PDF
        # The trainers of its competency may read it to validate; other trainers,
        # other members and visitors may not.
        its_trainer, other_trainer = UserFactory(role=Role.TRAINER), UserFactory(role=Role.TRAINER)
        teaching(evidence.competency, its_trainer)
        download = client_for(its_trainer).get(url("evidence_file", pk=evidence.pk))
        assert download.status_code == 200
        drain(download)
        assert (
            client_for(other_trainer).get(url("evidence_file", pk=evidence.pk)).status_code == 404
        )
        assert (
            client_for(UserFactory()).get(url("evidence_file", pk=evidence.pk)).status_code == 404
        )
        anonymous = client_for(None).get(url("evidence_file", pk=evidence.pk))
        assert anonymous.status_code == 302


def test_a_file_link_is_dead_after_sign_out_and_the_file_has_no_public_address(member):
    from django.conf import settings
    from django.core.files.base import ContentFile
    from django.test import Client

    from tiltas.accounts.tests.helpers import sign_in

    evidence = EvidenceFactory(person=member, file=ContentFile(PDF, name="agreement.pdf"))
    client = Client()
    sign_in(client, member.email)
    link = url("evidence_file", pk=evidence.pk)
    assert drain(client.get(link)) == PDF
    client.post(reverse("account_logout"))
    after = client.get(link)
    assert after.status_code == 302 and PDF not in after.content
    # Outside any URL the site serves (random names: test_services_evidence.py).
    for path in (settings.MEDIA_URL + evidence.file.name, "/media/" + evidence.file.name):
        assert Client().get(path).status_code == 404
        assert client.get(path).status_code == 404


def test_a_refused_file_is_reported_next_to_the_field(member, tmp_path):
    framework = build_framework()
    with override_settings(MEDIA_ROOT=tmp_path):
        response = client_for(member).post(
            url("evidence_create"),
            {
                "competency": framework.competencies.first().pk,
                "title": "Kept title",
                "occurred_on": "2026-02-01",
                "level_claimed": "2",
                "file": SimpleUploadedFile("x.pdf", b"<html><script>alert(1)</script>"),
            },
        )
    html = response.content.decode()
    assert response.status_code == 200
    assert "id_file_error" in html and "Kept title" in html
    assert not Evidence.objects.exists()


def test_another_members_evidence_cannot_be_deleted(member):
    framework = build_framework()
    theirs = EvidenceFactory(competency=framework.competencies.first())
    mine = EvidenceFactory(person=member, competency=framework.competencies.first())
    client = client_for(member)
    assert client.post(url("evidence_delete", pk=theirs.pk)).status_code == 404
    assert Evidence.objects.filter(pk=theirs.pk).exists()
    assert client.post(url("evidence_delete", pk=mine.pk)).status_code == 302
    assert not Evidence.objects.filter(pk=mine.pk).exists()
    # A trainer sees others' evidence but cannot delete it for them.
    other = EvidenceFactory(competency=framework.competencies.first())
    trainer = client_for(UserFactory(role=Role.TRAINER))
    assert trainer.post(url("evidence_delete", pk=other.pk)).status_code == 404
