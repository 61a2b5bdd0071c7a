"""The virtual learning environment in a real browser (issue 3).

A new member signs in, assesses themselves, chooses a target profile, follows a
programme recommended for a gap, reads every lesson, fails and then passes the
quiz, and sees 100 % and the automatic evidence on the profile: through the
pages only, so a broken page or link fails it. Then axe-core (WCAG 2.1 A/AA)
on every learning page a member and a trainer or coordinator reach, in lt, en
and nb, under the real CSP."""

import re

import pytest
from django.test import override_settings
from django.utils import translation

from tiltas.accounts.tests.factories import PASSWORD

from .support import AXE_TAGS, axe_source, axe_violations, sign_in, watch

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LANGUAGES = ["lt", "en", "nb"]
PROGRAMME = "socialines-klasterystes-pagrindai"  # develops A1 and C1 to level 2
PROFILE = "ngo-project-manager"  # asks for A1 3 and C1 3


@pytest.fixture
def site(live_server, tmp_path):
    """Only what learning needs: people, the competency model, the programmes.
    (Overrides the e2e ``site``: the whole demo takes longer to load.)"""
    from tiltas.accounts.demo import load_demo as load_people
    from tiltas.competencies.demo import load_demo as load_competencies
    from tiltas.learning.demo import load_demo as load_learning

    with override_settings(MEDIA_ROOT=tmp_path):
        load_people()
        load_competencies()
        load_learning()
        yield live_server


def t(language: str, message: str, **values: object) -> str:
    """The text a page shows in ``language`` for an English msgid."""
    with translation.override(language):
        text = translation.gettext(message)
    return text % values if values else text


def new_page(browser, site, *, with_axe: bool = False):
    context = browser.new_context(base_url=site.url, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    if with_axe:
        # axe-core comes with every page (through DevTools, outside the page's CSP)
        # rather than being sent again for each check: over a hundred pages are checked.
        context.add_init_script(axe_source())
    return context, watch(context.new_page())


def click_and_wait(page, locator) -> None:
    with page.expect_navigation():
        locator.click()


# --- The journey ---------------------------------------------------------------------


def answer(page, *, right: bool) -> None:
    """Answer every question of the attempt page, all right or all wrong: the
    quiz's fixed questions and those the attempt drew from the bank."""
    from tiltas.learning.models import Attempt
    from tiltas.learning.selectors import attempt_questions

    attempt_pk = int(re.search(r"/attempts/(\d+)/", page.url).group(1))
    for question in attempt_questions(Attempt.objects.get(pk=attempt_pk)):
        if question.kind == "short":
            text = question.accepted_list()[0] if right else "nežinau"
            page.get_by_label(question.text_lt, exact=False).fill(text)
            continue
        group = page.locator("fieldset", has_text=question.text_lt)
        options = [o for o in question.options.all() if o.correct == right]
        if question.kind != "multiple":
            options = options[:1]
        for option in options:
            group.get_by_label(option.text_lt, exact=True).check()


def test_member_closes_a_gap_with_a_recommended_programme(browser, site):
    from tiltas.accounts.tests.factories import UserFactory
    from tiltas.competencies.models import TargetProfile
    from tiltas.core.roles import Role
    from tiltas.learning.models import Lesson, Programme, Quiz

    lt = "lt"
    member = UserFactory(role=Role.MEMBER, full_name="Rūta Naujokė")
    profile = TargetProfile.objects.get(slug=PROFILE)
    programme = Programme.objects.get(slug=PROGRAMME)
    lessons = list(
        Lesson.objects.filter(module__programme=programme).order_by("module__order", "order")
    )
    quiz = Quiz.objects.get(module__programme=programme)
    context, page = new_page(browser, site)
    try:
        # Signing in through the real form, sent with the keyboard.
        page.goto("/lt/accounts/login/")
        page.get_by_label(t(lt, "Email")).fill(member.email)
        page.get_by_label(t(lt, "Password")).fill(PASSWORD)
        with page.expect_navigation():
            page.keyboard.press("Enter")
        assert "/accounts/login/" not in page.url, "the member was not signed in"

        # The competency profile, from the main navigation.
        main_nav = page.get_by_role("navigation", name=t(lt, "Main"))
        click_and_wait(page, main_nav.get_by_role("link", name=t(lt, "Competencies")))
        click_and_wait(page, page.get_by_role("link", name=t(lt, "My competency profile")))
        assert page.url.endswith("/lt/competencies/me/")

        page.get_by_label(t(lt, "Target profile")).select_option(label=profile.name_lt)
        click_and_wait(page, page.get_by_role("button", name=t(lt, "Compare with this profile")))
        click_and_wait(page, page.get_by_role("link", name=t(lt, "Assess yourself")).first)
        for code in ("A1", "C1"):
            group = page.get_by_role("group", name=re.compile(rf"^{code} "))
            group.get_by_role("radio", name=re.compile(r"^1 ")).check()
        click_and_wait(page, page.get_by_role("button", name=t(lt, "Save my self-assessment")))
        assert page.url.endswith("/lt/competencies/me/")

        levels = page.get_by_role(
            "table",
            name=t(
                lt,
                "My levels compared with the target profile “%(profile)s”",
                profile=profile.name_lt,
            ),
        )
        a1 = levels.locator("tbody tr").filter(
            has=page.get_by_role("rowheader", name=re.compile(r"^A1 "))
        )
        cells = [text.strip() for text in a1.locator("td").all_inner_texts()]
        assert cells[:4] == ["1", "\u2013", "3", "2"], cells  # self, validated, target, gap
        # A programme recommended for the gap, from "programmes that close it".
        click_and_wait(page, a1.get_by_role("link", name=programme.title_lt))
        assert page.url.endswith(f"/lt/programmes/{PROGRAMME}/")

        click_and_wait(page, page.get_by_role("button", name=t(lt, "Enrol")))
        assert page.url.endswith(f"/lt/programmes/{PROGRAMME}/learn/")
        assert t(lt, "%(percent)s %% done", percent=0) in page.content()
        click_and_wait(
            page,
            page.get_by_role("link", name=t(lt, "Next: %(title)s", title=lessons[0].title_lt)),
        )
        read = []
        while "/learn/lessons/" in page.url:
            read.append(page.get_by_role("heading", level=1).inner_text())
            assert not axe_violations(page), axe_violations(page)
            click_and_wait(
                page, page.get_by_role("button", name=t(lt, "Mark as completed and go on"))
            )
        assert read == [lesson.title_lt for lesson in lessons]
        assert page.url.endswith(f"/learn/quizzes/{quiz.pk}/"), page.url

        # The first attempt fails.
        click_and_wait(page, page.get_by_role("button", name=t(lt, "Start the quiz")))
        answer(page, right=False)
        click_and_wait(page, page.get_by_role("button", name=t(lt, "Submit answers")))
        content = page.content()
        assert t(lt, "You did not reach the passing grade this time.") in content
        assert page.locator("main strong", has_text=t(lt, "Not passed")).count() == 1
        assert not axe_violations(page), axe_violations(page)

        # The second passes.
        click_and_wait(page, page.get_by_role("link", name=t(lt, "Back to the quiz")))
        click_and_wait(page, page.get_by_role("button", name=t(lt, "Try again")))
        answer(page, right=True)
        click_and_wait(page, page.get_by_role("button", name=t(lt, "Submit answers")))
        assert t(lt, "You passed the quiz.") in page.content()
        assert page.locator("main strong", has_text=t(lt, "Passed")).count() >= 1

        # 100 % on the programme and on the learner dashboard.
        breadcrumbs = page.get_by_role("navigation", name=t(lt, "Breadcrumbs"))
        click_and_wait(page, breadcrumbs.get_by_role("link", name=programme.title_lt))
        assert t(lt, "%(percent)s %% done", percent=100) in page.content()
        breadcrumbs = page.get_by_role("navigation", name=t(lt, "Breadcrumbs"))
        click_and_wait(page, breadcrumbs.get_by_role("link", name=t(lt, "My programmes")))
        assert page.url.endswith("/lt/learn/")
        completed = page.get_by_role("listitem").filter(
            has=page.get_by_role("link", name=programme.title_lt)
        )
        assert completed.count() == 1
        assert t(lt, "%(percent)s %% done", percent=100) in completed.inner_text()
        assert page.get_by_text(t(lt, "You are not taking any programme yet.")).count() == 1

        # The completion is new evidence on the profile: validated level 2, gap 1.
        main_nav = page.get_by_role("navigation", name=t(lt, "Main"))
        click_and_wait(page, main_nav.get_by_role("link", name=t(lt, "Competencies")))
        click_and_wait(page, page.get_by_role("link", name=t(lt, "My competency profile")))
        evidence = page.get_by_role("table", name=t(lt, "Evidence of my competencies"))
        automatic = evidence.locator("tbody tr").filter(has_text=t(lt, "Recorded automatically"))
        assert automatic.count() == 2  # A1 and C1
        assert sorted(
            row.locator("td").nth(1).inner_text().split()[0] for row in automatic.all()
        ) == ["A1", "C1"]
        cells = [text.strip() for text in a1.locator("td").all_inner_texts()]
        assert cells[:4] == ["1", "2", "3", "1"], cells
        assert not axe_violations(page), axe_violations(page)
        assert not page.csp_errors, page.csp_errors
    finally:
        context.close()


# --- axe on every learning page ---------------------------------------------------------


def violations(page) -> list[str]:
    """Like ``support.axe_violations``, with axe-core already in the page."""
    results = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags},"
        " resultTypes: ['violations']})",
        AXE_TAGS,
    )
    return [
        f"{violation['id']} ({violation['impact']}) at {' '.join(map(str, node['target']))}: "
        f"{violation['help']}. {node.get('failureSummary', '')}".replace("\n", " ")
        for violation in results["violations"]
        for node in violation["nodes"]
    ]


def check(page, url: str, language: str, role: str) -> list[str]:
    """axe, <html lang> and CSP on the page now shown (``url`` names it)."""
    failures = [f"{url} ({role}): {line}" for line in violations(page)]
    lang = page.get_attribute("html", "lang")
    if lang != language:
        failures.append(f"{url} ({role}): <html lang={lang!r}>, expected {language!r}")
    failures += [f"{url} ({role}): {error}" for error in page.csp_errors]
    page.csp_errors.clear()
    return failures


def visit(page, url: str, language: str, role: str) -> list[str]:
    response = page.goto(url)
    if response is None or response.status != 200:
        return [f"{url} ({role}): status {response.status if response else None}"]
    return check(page, url, language, role)


def submit(page) -> None:
    with page.expect_navigation():
        page.locator("main form[method=post] button[type=submit]").last.click()


def member_pages(language: str, data: dict) -> list[str]:
    done, other = data["done"], data["other"]
    learn = f"/{language}/programmes/{done.slug}/learn/"
    return [
        f"/{language}/programmes/",
        f"/{language}/programmes/{done.slug}/",
        f"/{language}/programmes/{other.slug}/",
        f"/{language}/programmes/{data['unenrolled'].slug}/",  # with the enrol button
        learn,
        f"{learn}lessons/{data['lesson'].pk}/",
        f"{learn}quizzes/{data['quiz'].pk}/",
        f"{learn}quizzes/{data['quiz'].pk}/attempts/{data['passed'].pk}/",  # the result
        f"{learn}quizzes/{data['quiz'].pk}/attempts/{data['open'].pk}/",  # the questions
        f"/{language}/learn/",
        f"/{language}/learn/record/",
    ]


def staff_pages(language: str, data: dict, role: str) -> list[str]:
    programme, module, lesson = data["managed"], data["module"], data["managed_lesson"]
    quiz, question, material = data["managed_quiz"], data["question"], data["material"]
    base = f"/{language}/manage/programmes/{programme.pk}/"
    learn = f"/{language}/programmes/{programme.slug}/learn/"
    if role == "trainer":  # the same templates as a coordinator's, less the publishing
        return [f"/{language}/manage/programmes/", base, f"{base}learners/"]
    # Create and edit pages share their templates, as do the delete confirmations:
    # one of each is checked.
    return [
        f"/{language}/manage/programmes/",
        base,
        f"{base}edit/",
        f"{base}competencies/",
        f"{base}modules/{module.pk}/edit/",
        f"{base}lessons/{lesson.pk}/edit/",
        f"{base}lessons/{lesson.pk}/delete/",
        f"{base}lessons/{lesson.pk}/attachments/create/",
        f"{base}modules/{module.pk}/quizzes/create/",
        f"{base}quizzes/{quiz.pk}/",
        f"{base}quizzes/{quiz.pk}/questions/{question.pk}/edit/",
        f"{base}questions/",  # the question bank
        f"{base}questions/{question.pk}/delete/",
        f"{base}learners/",
        f"{base}materials/",
        f"{base}materials/create/",
        f"{base}materials/{material.pk}/versions/create/",
        f"{base}learners/enrol/",
        # Previewing as a learner.
        learn,
        f"{learn}lessons/{lesson.pk}/",
        f"{learn}quizzes/{quiz.pk}/",
    ]


def record_with_errors(page, language: str) -> list[str]:
    """The lifelong-learning record form: sent empty, then filled in; the record and
    the entry's edit form after."""
    failures = []
    form = f"/{language}/learn/record/external/create/"
    failures += visit(page, form, language, "member")
    submit(page)
    assert "/external/create/" in page.url
    assert page.locator(".errorlist, [id$=_error]").count(), "no error shown for an empty form"
    failures += check(page, f"{form} (sent empty)", language, "member")
    page.locator("[name=title]").fill(f"Facilitation course ({language})")
    page.locator("[name=provider]").fill("Vilnius University")
    page.locator("[name=completed_on]").fill("2026-05-04")
    page.locator("[name=hours]").fill("12")
    submit(page)
    assert page.url.endswith(f"/{language}/learn/record/"), page.url
    failures += check(page, f"/{language}/learn/record/ (with an entry)", language, "member")
    edit = page.locator("main table a[href*='/external/']").first
    with page.expect_navigation():
        edit.click()
    failures += check(page, page.url, language, "member")
    return failures


def programme_form_with_errors(page, language: str) -> list[str]:
    url = f"/{language}/manage/programmes/create/"
    page.goto(url)
    submit(page)
    assert page.url.endswith(url), page.url
    return check(page, f"{url} (sent empty)", language, "coordinator")


def test_learning_pages_have_no_axe_violations(browser, site):
    from tiltas.accounts.models import User
    from tiltas.learning import services
    from tiltas.learning.models import Attempt, Material, Programme, Quiz

    member = User.objects.get(email="member01@demo.tiltas.lt")
    passed = Attempt.objects.filter(person=member, passed=True).select_related("quiz").first()
    quiz = passed.quiz
    done = quiz.module.programme
    other = Programme.objects.get(slug=PROGRAMME)
    services.enrolment_add(programme=other, person=member, source="self", actor=member)
    managed_quiz = Quiz.objects.get(module__programme=other)
    data = {
        "done": done,
        "other": other,
        "unenrolled": Programme.objects.exclude(enrolments__person=member).first(),
        "quiz": quiz,
        "passed": passed,
        # An attempt left open: its questions are shown.
        "open": services.attempt_start(quiz=quiz, person=member),
        "lesson": done.modules.order_by("order").first().lessons.order_by("order").first(),
        "managed": other,
        "module": managed_quiz.module,
        "managed_lesson": managed_quiz.module.lessons.order_by("order").first(),
        "managed_quiz": managed_quiz,
        "question": managed_quiz.slots.order_by("order").first().question,
        "material": Material.objects.filter(material_set__programme=other).first(),
    }
    failures: list[str] = []
    visited = 0
    people = {
        "member": "member01@demo.tiltas.lt",
        "coordinator": "coordinator@demo.tiltas.lt",
        "trainer": "trainer@demo.tiltas.lt",
    }
    for role, email in people.items():
        context, page = new_page(browser, site, with_axe=True)
        try:
            sign_in(page, email)  # staff answer the TOTP step
            assert "/accounts/" not in page.url, f"{email} is not signed in: {page.url}"
            for language in LANGUAGES:
                urls = (
                    member_pages(language, data)
                    if role == "member"
                    else staff_pages(language, data, role)
                )
                for url in urls:
                    failures += visit(page, url, language, role)
                visited += len(urls)
                if role == "member":
                    failures += record_with_errors(page, language)
                elif role == "coordinator":
                    failures += programme_form_with_errors(page, language)
        finally:
            context.close()
    assert not failures, f"{len(failures)} problems on {visited} pages:\n" + "\n".join(failures)
