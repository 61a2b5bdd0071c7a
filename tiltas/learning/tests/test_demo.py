import re

import pytest

from tiltas.indicators.registry import measure
from tiltas.learning.demo import load_demo
from tiltas.learning.demo_data import PROGRAMMES, lesson_body
from tiltas.learning.models import (
    Completion,
    Lesson,
    MaterialSet,
    Programme,
    ProgrammeCompetency,
    Question,
    Quiz,
    QuizQuestion,
    Status,
)
from tiltas.learning.selectors import random_pool

pytestmark = pytest.mark.django_db


def test_demo_data_is_well_formed():
    assert len(PROGRAMMES) == 9
    assert sum(p["activity"] == "1.1.3" for p in PROGRAMMES) == 6
    for programme in PROGRAMMES:
        assert 2 <= len(programme["modules"]) <= 3, programme["slug"]
        assert 4 <= len(programme["quiz"]["questions"]) <= 6, programme["slug"]
        assert all(all(text) for text in (programme["title"], programme["summary"]))
        for module in programme["modules"]:
            for lesson in module["lessons"]:
                words = len(re.findall(r"\w+", lesson_body(lesson)))
                assert 150 <= words <= 300, (lesson["title"][0], words)


def test_load_demo_is_idempotent_and_complete():
    from tiltas.accounts.demo import load_demo as accounts_demo
    from tiltas.competencies.content import load_project as competencies_content

    accounts_demo()
    competencies_content()
    lines = load_demo()
    assert "9 programmes" in lines[0]
    load_demo()  # a second run changes nothing
    assert Programme.objects.filter(status=Status.PUBLISHED).count() == 9
    assert Lesson.objects.count() == sum(
        len(m["lessons"]) for p in PROGRAMMES for m in p["modules"]
    )
    assert Quiz.objects.count() == 9
    assert MaterialSet.objects.filter(status=Status.PUBLISHED).count() == 9
    assert Completion.objects.count() == 1
    assert ProgrammeCompetency.objects.exists()
    assert measure("learning.programmes_published", {"activity": "1.1.3"}).value == 6
    assert measure("learning.programmes_published", {"activity": "1.2.1"}).value == 3
    assert measure("learning.material_sets_published", {"activity": "1.1.3"}).value == 6
    assert measure("learning.vle_in_use", {}).value == 1
    programme = Programme.objects.get(slug="socialines-klasterystes-pagrindai")
    assert programme.title_en == "Foundations of social clustering"
    assert programme.title_nb
    # Every quiz question is in its programme's bank, with some only in the bank
    # for a quiz that draws from them at random.
    assert Question.objects.count() == sum(
        len(p["quiz"]["questions"]) + len(p["quiz"].get("bank", [])) for p in PROGRAMMES
    )
    assert QuizQuestion.objects.count() == sum(len(p["quiz"]["questions"]) for p in PROGRAMMES)
    drawing = Quiz.objects.get(module__programme=programme)
    assert drawing.random_count == 2 and drawing.random_topic
    assert random_pool(drawing).count() > drawing.random_count
    assert programme.question_bank.count() > drawing.fixed_questions.count()
