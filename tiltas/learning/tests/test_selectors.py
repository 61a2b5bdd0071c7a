import pytest

from tiltas.competencies import selectors as competency_selectors
from tiltas.competencies.tests.factories import TargetProfileFactory, build_framework, target
from tiltas.learning import selectors, services
from tiltas.learning.models import ProgrammeCompetency, Status

from .factories import EnrolmentFactory, LessonFactory, ProgrammeFactory, competency, course

pytestmark = pytest.mark.django_db


def test_programmes_developing_lists_published_only():
    skill = competency("SC-2")
    other = competency("SC-3")
    published = ProgrammeFactory(title="B")
    second = ProgrammeFactory(title="A")
    draft = ProgrammeFactory(status=Status.DRAFT, published_at=None)
    for programme in (published, second, draft):
        ProgrammeCompetency.objects.create(programme=programme, competency=skill, target_level=2)
    result = selectors.programmes_developing([skill.pk, other.pk])
    assert result == {skill.pk: [second, published]}
    assert selectors.programmes_developing([]) == {}


def test_the_competency_profile_offers_the_published_programmes_that_close_a_gap(member):
    # Competencies sits below learning and asks it for these programmes.
    framework = build_framework()
    a1 = framework.competencies.get(code="A1")
    published = ProgrammeFactory(title="Partnerships in practice")
    draft = ProgrammeFactory(title="Not yet", status=Status.DRAFT, published_at=None)
    for programme in (published, draft):
        ProgrammeCompetency.objects.create(programme=programme, competency=a1, target_level=3)
    profile = TargetProfileFactory()
    target(profile, a1, 3)
    rows = competency_selectors.profile_rows(member, framework, profile)
    assert {row.competency.code: row.programmes for row in rows}["A1"] == [published]


def test_learner_progress_and_next_step(member):
    programme, module, lessons, _quiz = course(lessons=2)
    LessonFactory(module=module, required=False)
    EnrolmentFactory(programme=programme, person=member)
    progress = selectors.learner_progress(programme, member)
    assert progress.percent == 0
    assert progress.next_step.item == lessons[0]
    services.lesson_complete(lesson=lessons[0], person=member)
    progress = selectors.learner_progress(programme, member)
    # Two required lessons and one quiz count; the optional lesson does not.
    assert progress.percent == 33
    assert progress.next_step.item == lessons[1]


def test_dashboard_progress_per_programme(member):
    first, _m, lessons, _q = course(lessons=1, with_quiz=False)
    second, _m2, _l2, _q2 = course(lessons=1)
    EnrolmentFactory(programme=first, person=member)
    EnrolmentFactory(programme=second, person=member)
    services.lesson_complete(lesson=lessons[0], person=member)
    progress = {p.programme: p for p in selectors.dashboard_progress(member)}
    assert progress[first].percent == 100 and progress[first].completed_on
    assert progress[second].percent == 0 and not progress[second].completed_on


def test_learner_table_counts(member, make_user):
    programme, _module, lessons, _quiz = course(lessons=2)
    EnrolmentFactory(programme=programme, person=member)
    EnrolmentFactory(programme=programme, person=make_user())
    services.lesson_complete(lesson=lessons[0], person=member)
    services.lesson_complete(lesson=lessons[1], person=member)
    rows = {
        r.enrolment.person: r
        for r in selectors.learner_rows(programme, selectors.learner_table(programme))
    }
    assert rows[member].lessons_done == 2 and rows[member].percent == 67
