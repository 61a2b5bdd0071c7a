"""A trainer authoring in a real browser (everyday-use issue, item 11): the
question form shows the fields of the chosen kind with its small script, under
the real CSP, and all of them without JavaScript; the lesson preview is a plain
form submission that works without JavaScript."""

import pytest
from django.test import override_settings

from .support import DEMO_PASSWORD, axe_violations, current_totp, watch

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TRAINER = "trainer@demo.tiltas.lt"


@pytest.fixture
def site(live_server, tmp_path):
    """People and the programmes only (the whole demo takes longer to load)."""
    from tiltas.accounts.demo import load_demo as load_people
    from tiltas.competencies.demo import load_demo as load_competencies
    from tiltas.learning.demo import load_demo as load_learning

    with override_settings(MEDIA_ROOT=tmp_path):
        load_people()
        load_competencies()
        load_learning()
        yield live_server


def new_context(browser, site, **options):
    context = browser.new_context(
        base_url=site.url, viewport={"width": 1280, "height": 900}, **options
    )
    context.set_default_timeout(15_000)
    return context


def trainer_page(browser, site):
    """Signed in through the forms; a second context without JavaScript takes
    over the session (a TOTP code is accepted once)."""
    context = new_context(browser, site)
    page = watch(context.new_page())
    page.goto("/en/accounts/login/")
    page.fill("input[name=login]", TRAINER)
    page.fill("input[name=password]", DEMO_PASSWORD)
    with page.expect_navigation():
        page.press("input[name=password]", "Enter")
    page.fill("input[name=code]", current_totp())
    with page.expect_navigation():
        page.press("input[name=code]", "Enter")
    return context, page


def without_javascript(browser, site, context):
    plain = new_context(
        browser, site, storage_state=context.storage_state(), java_script_enabled=False
    )
    return plain, plain.new_page()


def _taught():
    from tiltas.learning.models import Lesson, Quiz

    quiz = Quiz.objects.filter(module__programme__trainers__email=TRAINER).first()
    lesson = Lesson.objects.filter(module__programme=quiz.module.programme).first()
    return quiz.module.programme, quiz, lesson


def test_the_question_form_shows_the_fields_of_the_chosen_kind(browser, site):
    programme, quiz, _lesson = _taught()
    address = f"/en/manage/programmes/{programme.pk}/quizzes/{quiz.pk}/questions/create/"
    context, page = trainer_page(browser, site)
    try:
        page.goto(address)
        options = page.locator("fieldset[data-question-kinds]")
        accepted = page.locator("textarea[name=accepted_answers]")
        true_answer = page.locator("select[name=true_answer]")
        # No kind chosen yet: none of the kinds' own fields.
        assert not (options.is_visible() or accepted.is_visible() or true_answer.is_visible())
        page.select_option("select[name=kind]", "single")
        assert options.is_visible() and not accepted.is_visible()
        assert not true_answer.is_visible()
        page.select_option("select[name=kind]", "short")
        assert accepted.is_visible() and not options.is_visible()
        page.select_option("select[name=kind]", "true_false")
        assert true_answer.is_visible() and not accepted.is_visible()
        assert not axe_violations(page), axe_violations(page)
        assert not page.csp_errors, page.csp_errors
        plain, page = without_javascript(browser, site, context)
        page.goto(address)
        for part in ("fieldset[data-question-kinds]", "textarea[name=accepted_answers]"):
            assert page.locator(part).is_visible(), part
        plain.close()
    finally:
        context.close()


def test_a_lesson_preview_without_javascript(browser, site):
    from tiltas.learning.models import Lesson

    programme, _quiz, lesson = _taught()
    context, _page = trainer_page(browser, site)
    plain, page = without_javascript(browser, site, context)
    try:
        page.goto(f"/en/manage/programmes/{programme.pk}/lessons/{lesson.pk}/edit/")
        page.fill("textarea[name=body_nb]", "## Hvorfor klynger\n\nPartnere *deler* problemer.")
        with page.expect_navigation():
            page.get_by_role("button", name="Preview").click()
        preview = page.locator("section.lesson-preview")
        assert preview.locator("h3", has_text="Hvorfor klynger").count() == 1
        assert preview.locator("em", has_text="deler").count() == 1
        # What was typed stays in the form, and nothing is saved.
        assert "Hvorfor klynger" in page.locator("textarea[name=body_nb]").input_value()
        assert not (Lesson.objects.get(pk=lesson.pk).body_nb or "")
    finally:
        plain.close()
        context.close()
