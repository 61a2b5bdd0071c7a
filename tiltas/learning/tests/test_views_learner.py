"""Learning itself: lessons, quizzes, the dashboard, the record, lesson images."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import translation

from tiltas.learning import services
from tiltas.learning.models import (
    Attempt,
    Completion,
    Enrolment,
    ExternalLearning,
    LessonProgress,
    Question,
)

from .bulk import grow
from .factories import (
    EnrolmentFactory,
    LessonFactory,
    ProgrammeFactory,
    QuestionFactory,
    QuizFactory,
    course,
    pdf_upload,
    single_choice,
)
from .helpers import rendered_queries, signed_in, status

pytestmark = pytest.mark.django_db


# --- Learning -------------------------------------------------------------------------


def test_enrol_then_learn(member):
    programme, _module, _lessons, _quiz = course(lessons=1)
    client = signed_in(member)
    assert client.get(reverse("learning:enrol", args=[programme.slug])).status_code == 405
    response = client.post(reverse("learning:enrol", args=[programme.slug]))
    assert response.status_code == 302
    assert Enrolment.objects.filter(person=member, programme=programme).exists()
    assert client.get(reverse("learning:learn", args=[programme.slug])).status_code == 200


def test_lesson_needs_enrolment(member):
    programme, _module, lessons, _quiz = course(lessons=1)
    url = reverse("learning:lesson", args=[programme.slug, lessons[0].pk])
    assert signed_in(member).get(url).status_code == 404
    anonymous = Client().get(url)
    assert anonymous.status_code == 302 and "login" in anonymous["Location"]


def test_lesson_markdown_is_sanitised(member):
    programme, module, _lessons, _quiz = course(lessons=0, with_quiz=False)
    lesson = LessonFactory(
        module=module,
        body=(
            "# Title\n\n<script>alert('x')</script>\n\n<style>body{display:none}</style>\n\n"
            '<a href="javascript:alert(1)">bad</a> <img src="x.png" onerror="alert(1)">\n\n'
            "[also bad](javascript:alert(2)) and **bold**"
        ),
    )
    EnrolmentFactory(programme=programme, person=member)
    response = signed_in(member).get(reverse("learning:lesson", args=[programme.slug, lesson.pk]))
    body = response.content.decode()
    article = body[body.index('<div class="prose"') :]
    article = article[: article.index("</div>")]
    assert "<strong>bold</strong>" in article
    assert "<script" not in article and "<style" not in article
    assert "onerror" not in article and "javascript:" not in article
    assert LessonProgress.objects.filter(person=member, lesson=lesson).exists()


def test_lesson_complete_goes_to_next_step(member):
    programme, _module, lessons, quiz = course(lessons=2)
    EnrolmentFactory(programme=programme, person=member)
    client = signed_in(member)
    response = client.post(
        reverse("learning:lesson_complete", args=[programme.slug, lessons[0].pk])
    )
    assert response["Location"] == reverse("learning:lesson", args=[programme.slug, lessons[1].pk])
    response = client.post(
        reverse("learning:lesson_complete", args=[programme.slug, lessons[1].pk])
    )
    assert response["Location"] == reverse("learning:quiz", args=[programme.slug, quiz.pk])


def test_preview_by_trainer_records_nothing(trainer):
    programme, _module, lessons, quiz = course(lessons=1, trainers=[trainer])
    client = signed_in(trainer)
    assert (
        client.get(reverse("learning:lesson", args=[programme.slug, lessons[0].pk])).status_code
        == 200
    )
    client.post(reverse("learning:lesson_complete", args=[programme.slug, lessons[0].pk]))
    assert client.get(reverse("learning:quiz", args=[programme.slug, quiz.pk])).status_code == 200
    assert not LessonProgress.objects.exists()


def test_lesson_page_queries_do_not_grow(member):
    programme, module, lessons, _quiz = course(lessons=2)
    EnrolmentFactory(programme=programme, person=member)
    client = signed_in(member)
    url = reverse("learning:lesson", args=[programme.slug, lessons[0].pk])
    client.get(url)  # the first view records progress; later views only read
    grow(programme, module, to=10)
    small = rendered_queries(client, url)
    grow(programme, module, to=1000)
    assert rendered_queries(client, url) == small


def test_quiz_flow_fail_then_pass_completes(member):
    programme, _module, lessons, quiz = course(lessons=1)
    question, right, wrong = single_choice(quiz)
    EnrolmentFactory(programme=programme, person=member)
    client = signed_in(member)
    client.post(reverse("learning:lesson_complete", args=[programme.slug, lessons[0].pk]))

    start = reverse("learning:attempt_start", args=[programme.slug, quiz.pk])
    response = client.post(start)
    attempt = Attempt.objects.get(person=member)
    assert response["Location"] == reverse(
        "learning:attempt", args=[programme.slug, quiz.pk, attempt.pk]
    )
    page = client.get(response["Location"]).content.decode()
    assert f'name="question_{question.pk}"' in page
    submit = reverse("learning:attempt_submit", args=[programme.slug, quiz.pk, attempt.pk])
    client.post(submit, {f"question_{question.pk}": str(wrong.pk)})
    attempt.refresh_from_db()
    assert not attempt.passed and attempt.submitted_at

    response = client.post(start)
    second = Attempt.objects.get(person=member, number=2)
    submit = reverse("learning:attempt_submit", args=[programme.slug, quiz.pk, second.pk])
    client.post(submit, {f"question_{question.pk}": str(right.pk)})
    # A second submit of the same attempt changes nothing.
    client.post(submit, {f"question_{question.pk}": str(wrong.pk)})
    second.refresh_from_db()
    assert second.passed
    assert Completion.objects.filter(person=member, programme=programme).exists()
    dashboard = client.get(reverse("learning:dashboard")).content.decode()
    assert programme.title in dashboard


def test_bad_quiz_submission_shows_a_clear_message(member):
    programme, _module, _lessons, quiz = course(lessons=1)
    question, right, _wrong = single_choice(quiz)
    _foreign_question, foreign_option, _ = single_choice(QuizFactory())
    EnrolmentFactory(programme=programme, person=member)
    client = signed_in(member)
    attempt = services.attempt_start(quiz=quiz, person=member)
    submit = reverse("learning:attempt_submit", args=[programme.slug, quiz.pk, attempt.pk])
    for data in (
        {f"question_{question.pk}": str(foreign_option.pk)},
        {f"question_{question.pk}": "abc"},
        {"question_x": "1"},
        {f"question_{question.pk + 1000}": str(right.pk)},
    ):
        response = client.post(submit, data, follow=True)
        assert response.status_code == 200
        assert next(iter(response.context["messages"])).level_tag == "error"
    attempt.refresh_from_db()
    assert attempt.is_open


def drawing_quiz(member):
    """A quiz with one fixed question that draws 2 of the 4 "Partners" bank questions."""
    programme, _module, _lessons, quiz = course(lessons=1)
    fixed, _right, _wrong = single_choice(quiz, text="Fixed question")
    bank = []
    for n in range(4):
        question, _right, _wrong = single_choice(quiz, text=f"Bank question {n}")
        services.quiz_question_remove(quiz=quiz, question=question, actor=None)
        bank.append(question)
    Question.objects.filter(pk__in=[q.pk for q in bank]).update(topic="Partners")
    QuestionFactory(programme=programme, text="Another topic's question")
    quiz.random_count, quiz.random_topic = 2, "Partners"
    quiz.save()
    EnrolmentFactory(programme=programme, person=member)
    return programme, quiz, fixed, bank


def test_an_attempt_shows_its_own_drawn_questions_on_every_reload(member):
    programme, quiz, fixed, bank = drawing_quiz(member)
    client = signed_in(member)
    client.post(reverse("learning:attempt_start", args=[programme.slug, quiz.pk]))
    attempt = Attempt.objects.get(person=member)
    page = reverse("learning:attempt", args=[programme.slug, quiz.pk, attempt.pk])

    def shown() -> list[int]:
        body = client.get(page).content.decode()
        assert "Another topic's question" not in body
        return [
            pk
            for _at, pk in sorted(
                (body.index(q.text), q.pk) for q in (fixed, *bank) if q.text in body
            )
        ]

    first = shown()
    assert first == attempt.question_ids and len(first) == 3  # fixed first, then 2 drawn
    assert first[0] == fixed.pk and set(first[1:]) <= {q.pk for q in bank}
    assert shown() == first  # a reload shows the same questions in the same order
    # The learner's quiz page says that attempts may differ.
    quiz_page = client.get(reverse("learning:quiz", args=[programme.slug, quiz.pk]))
    with translation.override("lt"):
        differ = translation.gettext(
            "Some questions are drawn at random for each attempt, "
            "so two attempts may ask different questions."
        )
    assert differ in quiz_page.content.decode()


def test_submitting_a_bank_question_not_drawn_is_refused(member):
    programme, quiz, _fixed, bank = drawing_quiz(member)
    client = signed_in(member)
    attempt = services.attempt_start(quiz=quiz, person=member)
    not_drawn = next(q for q in bank if q.pk not in attempt.question_ids)
    submit = reverse("learning:attempt_submit", args=[programme.slug, quiz.pk, attempt.pk])
    option = not_drawn.options.get(correct=True)
    response = client.post(submit, {f"question_{not_drawn.pk}": str(option.pk)}, follow=True)
    assert next(iter(response.context["messages"])).level_tag == "error"
    attempt.refresh_from_db()
    assert attempt.is_open
    # Answering its own questions rightly passes, scored over those three.
    answers = {
        f"question_{pk}": str(Question.objects.get(pk=pk).options.get(correct=True).pk)
        for pk in attempt.question_ids
    }
    client.post(submit, answers)
    attempt.refresh_from_db()
    assert attempt.score == 100 and attempt.answers.count() == 3


def test_preview_shows_what_a_quiz_may_draw(coordinator):
    programme, quiz, fixed, bank = drawing_quiz(coordinator)
    Enrolment.objects.filter(person=coordinator).delete()  # previewing, not learning
    body = (
        signed_in(coordinator)
        .get(reverse("learning:quiz", args=[programme.slug, quiz.pk]))
        .content.decode()
    )
    assert fixed.text in body
    assert all(q.text in body for q in bank)
    assert "Another topic's question" not in body


def test_another_members_attempt_is_404(member, make_user):
    programme, _module, _lessons, quiz = course(lessons=1)
    single_choice(quiz)
    other = make_user()
    for person in (member, other):
        EnrolmentFactory(programme=programme, person=person)
    attempt = services.attempt_start(quiz=quiz, person=other)
    client = signed_in(member)
    url = reverse("learning:attempt", args=[programme.slug, quiz.pk, attempt.pk])
    assert client.get(url).status_code == 404
    submit = reverse("learning:attempt_submit", args=[programme.slug, quiz.pk, attempt.pk])
    assert client.post(submit, {}).status_code == 404
    attempt.refresh_from_db()
    assert attempt.is_open


def test_attempt_of_another_quiz_url_is_404(member):
    programme, module, _lessons, quiz = course(lessons=1)
    other_quiz = QuizFactory(module=module)
    single_choice(quiz)
    EnrolmentFactory(programme=programme, person=member)
    attempt = services.attempt_start(quiz=quiz, person=member)
    url = reverse("learning:attempt", args=[programme.slug, other_quiz.pk, attempt.pk])
    assert signed_in(member).get(url).status_code == 404


def test_dashboard_queries_do_not_grow(member):
    def enrol_in_one():
        programme, module, lessons, _quiz = course(lessons=2)
        EnrolmentFactory(programme=programme, person=member)
        services.lesson_complete(lesson=lessons[0], person=member)
        return programme, module

    courses = [enrol_in_one()]
    client = signed_in(member)
    for programme, module in courses:
        grow(programme, module, to=10)
    small = rendered_queries(client, reverse("learning:dashboard"))
    courses += [enrol_in_one() for _ in range(4)]
    for programme, module in courses[:1]:
        grow(programme, module, to=1000)
    assert rendered_queries(client, reverse("learning:dashboard")) == small


# --- Lifelong-learning record ----------------------------------------------------------


def test_external_learning_add_edit_delete(member):
    client = signed_in(member)
    response = client.post(
        reverse("learning:external_create"),
        {
            "title": "Kursai",
            "provider": "VU",
            "completed_on": "2026-05-02",
            "hours": "4",
            "evidence": pdf_upload(),
        },
    )
    assert response.status_code == 302
    entry = ExternalLearning.objects.get(person=member)
    page = client.get(reverse("learning:record")).content.decode()
    assert "Kursai" in page
    evidence = client.get(reverse("learning:external_evidence", args=[entry.pk]))
    assert evidence["Content-Disposition"].startswith("attachment")
    assert evidence.content.startswith(b"%PDF")
    client.post(
        reverse("learning:external_edit", args=[entry.pk]),
        {"title": "Kursai 2", "provider": "VU", "completed_on": "2026-05-02", "hours": "5"},
    )
    entry.refresh_from_db()
    assert entry.title == "Kursai 2" and entry.evidence_file
    client.post(reverse("learning:external_delete", args=[entry.pk]))
    assert not ExternalLearning.objects.exists()


def test_external_learning_rejects_html_evidence_and_keeps_input(member):
    response = signed_in(member).post(
        reverse("learning:external_create"),
        {
            "title": "Kursai",
            "provider": "VU",
            "completed_on": "2026-05-02",
            "hours": "4",
            "evidence": SimpleUploadedFile("x.html", b"<script>alert(1)</script>"),
        },
    )
    assert response.status_code == 200
    assert 'value="Kursai"' in response.content.decode()
    assert not ExternalLearning.objects.exists()


def test_another_members_external_learning_is_404(member, make_user):
    other = services.external_learning_create(
        person=make_user(),
        data={"title": "X", "provider": "Y", "completed_on": "2026-01-01", "hours": 1},
    )
    client = signed_in(member)
    for name in ("external_edit", "external_evidence"):
        assert client.get(reverse(f"learning:{name}", args=[other.pk])).status_code == 404
    assert client.post(reverse("learning:external_delete", args=[other.pk])).status_code == 404
    assert ExternalLearning.objects.count() == 1


def test_norwegian_pages_show_translations_and_mark_fallbacks(member):
    from django.utils import translation

    programme, module, _lessons, _quiz = course(lessons=0, title_nb="Klyngeprogram")
    lesson = LessonFactory(module=module, title_nb="Leksjon", body_nb="", body="Tik lietuviškai")
    EnrolmentFactory(programme=programme, person=member)
    with translation.override("nb"):
        catalogue = Client().get(reverse("learning:catalogue")).content.decode()
        page = signed_in(member).get(reverse("learning:lesson", args=[programme.slug, lesson.pk]))
    assert "Klyngeprogram" in catalogue and "Opplæringsprogrammer" in catalogue
    body = page.content.decode()
    assert '<h1 lang="nb">Leksjon</h1>' in body
    assert '<div class="prose" lang="lt">' in body and "Tik lietuviškai" in body


def test_programme_page_lists_its_coming_trainings(client, make_user):
    from tiltas.events.tests.factories import EventFactory

    trainer = make_user(role="trainer", full_name="Ingrid Lærer")
    programme = ProgrammeFactory(trainers=[trainer])
    EventFactory(programme=programme, title_lt="Mokymai Kaune")
    EventFactory(title_lt="Kitos programos mokymai")
    body = client.get(reverse("learning:programme_detail", args=[programme.slug])).content
    assert "Mokymai Kaune" in body.decode() and "Kitos programos" not in body.decode()
    assert trainer.full_name in body.decode()


def test_catalogue_paginates(client):
    for number in range(14):
        ProgrammeFactory(title=f"Programa {number:02d}")
    first = client.get(reverse("learning:catalogue")).content.decode()
    second = client.get(reverse("learning:catalogue"), {"page": 2}).content.decode()
    assert first.count('class="card"') == 12 and second.count('class="card"') == 2


def test_lesson_attachment_only_for_learners(member, coordinator, make_user):
    programme, _module, lessons, _quiz = course(lessons=1)
    attachment = services.lesson_attachment_add(
        lesson=lessons[0], actor=coordinator, title="Užduotis", upload=pdf_upload()
    )
    EnrolmentFactory(programme=programme, person=member)
    url = reverse("learning:lesson_attachment", args=[programme.slug, lessons[0].pk, attachment.pk])
    response = signed_in(member).get(url)
    assert response["Content-Disposition"].startswith("attachment")
    assert response.content.startswith(b"%PDF")
    assert status(signed_in(make_user()), url) == 404


def test_result_shows_feedback_of_each_chosen_option_and_of_the_question(member):
    from tiltas.learning.models import QuestionKind

    from .factories import OptionFactory

    programme, _module, _lessons, quiz = course(lessons=1)
    single, right, wrong = single_choice(quiz)
    single.feedback = "Clusters need a shared problem."
    single.save()
    wrong.feedback = "Not this one: it names a funding source."
    wrong.save()
    right.feedback = "Feedback of an option nobody chose."
    right.save()
    multiple = QuestionFactory(quiz=quiz, kind=QuestionKind.MULTIPLE, feedback="Both matter.")
    first = OptionFactory(question=multiple, correct=True, feedback="Yes, partners first.")
    second = OptionFactory(question=multiple, correct=False, feedback="Budgets come later.")
    OptionFactory(question=multiple, correct=True, feedback="Unchosen multiple feedback.")
    EnrolmentFactory(programme=programme, person=member)
    client = signed_in(member)
    attempt = services.attempt_start(quiz=quiz, person=member)
    submit = reverse("learning:attempt_submit", args=[programme.slug, quiz.pk, attempt.pk])
    client.post(
        submit,
        {f"question_{single.pk}": str(wrong.pk), f"question_{multiple.pk}": [first.pk, second.pk]},
    )
    page = client.get(reverse("learning:attempt", args=[programme.slug, quiz.pk, attempt.pk]))
    body = page.content.decode()
    for shown in (wrong, first, second):
        assert shown.feedback in body
    assert "Feedback of an option nobody chose." not in body
    assert "Unchosen multiple feedback." not in body
    assert single.feedback in body and multiple.feedback in body
