"""Staff powers need the second factor on every page, not only on the staff
pages (SECURITY AU-2, AC-2): drafts and other people's files that staff may
open from public or signed-in pages stay closed to staff who signed in with
a password alone, until they set up TOTP."""

import pytest
from allauth.mfa.totp.internal.auth import TOTP
from django.conf import settings
from django.core.files.base import ContentFile
from django.urls import reverse

from tiltas.competencies.tests.factories import EvidenceFactory, teaching
from tiltas.core.roles import Role, has_totp, is_manager, is_teacher
from tiltas.events.models import EventStatus
from tiltas.events.tests.factories import EventFactory
from tiltas.learning.models import Status
from tiltas.learning.tests.factories import ProgrammeFactory
from tiltas.portal.tests.factories import NewsItemFactory

pytestmark = pytest.mark.django_db


def _draft_event(trainer):
    event = EventFactory(status=EventStatus.DRAFT)
    event.trainers.add(trainer)
    return reverse("events:detail", args=[event.slug])


def _draft_news(trainer):
    return reverse("portal:news_detail", args=[NewsItemFactory(draft=True).slug])


def _draft_programme(trainer):
    programme = ProgrammeFactory(status=Status.DRAFT, published_at=None, trainers=[trainer])
    return reverse("learning:programme_detail", args=[programme.slug])


def _evidence_file(trainer):
    evidence = EvidenceFactory(file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="report.pdf"))
    teaching(evidence.competency, trainer)
    return reverse("competencies:evidence_file", args=[evidence.pk])


@pytest.mark.parametrize(
    ("page", "role"),
    [
        (_draft_event, Role.TRAINER),
        (_draft_news, Role.COORDINATOR),
        (_draft_programme, Role.TRAINER),
        (_evidence_file, Role.TRAINER),
        (_evidence_file, Role.ADMINISTRATOR),
    ],
    ids=["draft-event", "draft-news", "draft-programme", "evidence-trainer", "evidence-admin"],
)
def test_staff_open_drafts_and_files_only_with_their_second_factor(client, make_user, page, role):
    person = make_user(role=role, with_totp=False)
    url = page(person)
    client.force_login(person)
    assert client.get(url).status_code == 404
    TOTP.activate(person, settings.TILTAS_DEMO_TOTP_SECRET)
    assert client.get(url).status_code == 200


def test_the_second_factor_is_looked_up_once_a_request(coordinator, django_assert_num_queries):
    with django_assert_num_queries(1):
        assert is_manager(coordinator) and is_teacher(coordinator) and has_totp(coordinator)
