"""A trainer's rough edges: previewing a lesson, the question form by kind,
titles in any one language, and content changes under learners' feet."""

import pytest
from django.urls import reverse
from django.utils import translation

from tiltas.learning import selectors, services
from tiltas.learning.models import Completion, Lesson, Programme, Question

from .factories import EnrolmentFactory, course, single_choice
from .helpers import signed_in

pytestmark = pytest.mark.django_db


def _en(name: str, *args) -> str:
    return reverse(f"learning:{name}", args=args).replace("/lt/", "/en/", 1)


def test_a_lesson_preview_renders_the_typed_markdown_and_saves_nothing(trainer, restore_language):
    programme, module, (lesson,), _quiz = course(lessons=1, trainers=[trainer])
    client = signed_in(trainer)
    typed = {
        "title_lt": lesson.title,
        "title_nb": "Klynger i praksis",
        "body_nb": "## Hvorfor klynger\n\nPartnere *deler* problemer.<script>alert(1)</script>",
        "required": "on",
        "preview": "1",
    }
    page = client.post(_en("manage_lesson_edit", programme.pk, lesson.pk), typed)
    body = page.content.decode()
    assert page.status_code == 200 and "Preview: not saved yet" in body
    assert '<div class="prose" lang="nb"><h3>Hvorfor klynger</h3>' in body  # as learners see it
    assert "<em>deler</em>" in body and "<script>alert" not in body
    assert "Klynger i praksis" in body  # what was typed stays in the form
    lesson.refresh_from_db()
    assert lesson.body_nb in (None, "")
    # A new lesson is previewed before it exists, and is not created.
    page = client.post(_en("manage_lesson_create", programme.pk, module.pk), typed)
    assert "<em>deler</em>" in page.content.decode()
    assert Lesson.objects.filter(module=module).count() == 1


def test_the_lesson_form_offers_the_preview_as_a_second_button(trainer):
    programme, _module, (lesson,), _quiz = course(lessons=1, trainers=[trainer])
    body = signed_in(trainer).get(
        reverse("learning:manage_lesson_edit", args=[programme.pk, lesson.pk])
    )
    text = body.content.decode()
    assert 'name="preview"' in text
    assert text.index('name="preview"') > text.index('<button type="submit">')


def test_the_question_form_groups_the_fields_of_each_kind(trainer):
    programme, _module, _lessons, quiz = course(lessons=0, trainers=[trainer])
    body = signed_in(trainer).get(
        reverse("learning:manage_question_create", args=[programme.pk, quiz.pk])
    )
    text = body.content.decode()
    # Without JavaScript every part is there; the script (a file: CSP allows
    # no inline script) hides those the chosen kind does not use.
    assert 'src="/static/learning/question_form.js" nonce="' in text
    short = text.index('data-question-kinds="short"')
    assert text.index('name="accepted_answers"', short) < text.index(
        'data-question-kinds="true_false"'
    )
    assert 'data-question-kinds="single multiple"' in text
    assert 'name="options-0-text_lt"' in text and 'name="true_answer"' in text


def test_a_norwegian_trainer_writes_in_norwegian_only(trainer, restore_language):
    programme, module, _lessons, _quiz = course(lessons=0, trainers=[trainer])
    client = signed_in(trainer)
    response = client.post(
        _en("manage_lesson_create", programme.pk, module.pk),
        {"title_nb": "Klynger i praksis", "body_nb": "Tekst.", "required": "on"},
    )
    assert response.status_code == 302
    lesson = Lesson.objects.get(module=module)
    with translation.override("lt"):
        assert lesson.title == "Klynger i praksis"  # until someone translates it
    manage = client.get(_en("manage_programme", programme.pk)).content.decode()
    assert "Not yet translated into: Lithuanian, English" in manage
    # A question and its options in Norwegian only.
    client.post(
        _en("manage_bank_question_create", programme.pk),
        {
            "kind": "single",
            "text_nb": "Hva er en klynge?",
            "options-TOTAL_FORMS": "2",
            "options-INITIAL_FORMS": "0",
            "options-0-text_nb": "Et samarbeid",
            "options-0-correct": "on",
            "options-1-text_nb": "Et fond",
        },
    )
    question = Question.objects.get(programme=programme)
    assert [option.text_nb for option in question.options.all()] == ["Et samarbeid", "Et fond"]


def test_a_title_is_needed_in_one_language_at_least(trainer, restore_language):
    programme, module, _lessons, _quiz = course(lessons=0, trainers=[trainer])
    response = signed_in(trainer).post(
        _en("manage_lesson_create", programme.pk, module.pk), {"body_nb": "Tekst."}
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert "Write this in one language at least, any of them." in body
    assert "Tekst." in body and not Lesson.objects.filter(module=module).exists()


def test_editing_a_programme_with_learners_warns_first(trainer, make_user, restore_language):
    programme, module, (lesson,), _quiz = course(lessons=1, trainers=[trainer])
    client = signed_in(trainer)
    edit = _en("manage_programme_edit", programme.pk)
    assert "learners are enrolled" not in client.get(edit).content.decode()
    for _ in range(2):
        EnrolmentFactory(programme=programme, person=make_user())
    for page in (
        edit,
        _en("manage_lesson_create", programme.pk, module.pk),
        _en("manage_lesson_edit", programme.pk, lesson.pk),
    ):
        body = client.get(page).content.decode()
        assert "2 learners are enrolled in this programme and see your changes at once" in body


def test_a_required_lesson_added_later_leaves_completions_complete(member, trainer):
    programme, module, (lesson,), _quiz = course(lessons=1, with_quiz=False, trainers=[trainer])
    EnrolmentFactory(programme=programme, person=member)
    services.lesson_complete(lesson=lesson, person=member)
    assert Completion.objects.filter(person=member, programme=programme).exists()
    added = services.lesson_create(
        module=module, actor=trainer, data={"title_lt": "Nauja pamoka", "required": True}
    )
    progress = selectors.learner_progress(Programme.objects.get(pk=programme.pk), member)
    assert progress.completed_on and progress.percent == 100
    assert [(step.item.pk, step.new) for step in progress.steps] == [
        (lesson.pk, False),
        (added.pk, True),
    ]
    learn = signed_in(member).get(reverse("learning:learn", args=[programme.slug])).content
    text = learn.decode()
    assert 'value="100"' in text and 'class="badge badge-new"' in text
    assert "Nauja pamoka" in text  # and the next step leads to it
    [row] = selectors.learner_rows(programme, selectors.learner_table(programme))
    assert row.percent == 100


def test_an_unfinished_learner_needs_the_new_lesson(member, trainer):
    programme, module, (lesson,), quiz = course(lessons=1, trainers=[trainer])
    single_choice(quiz)
    EnrolmentFactory(programme=programme, person=member)
    services.lesson_complete(lesson=lesson, person=member)
    assert selectors.learner_progress(programme, member).percent == 50
    services.lesson_create(
        module=module, actor=trainer, data={"title_lt": "Nauja", "required": True}
    )
    progress = selectors.learner_progress(programme, member)
    assert progress.percent == 33 and not any(step.new for step in progress.steps)
