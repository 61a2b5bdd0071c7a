"""Taking quizzes: attempts, drawn questions, refused submissions, results."""

import datetime

import pytest
from django.urls import reverse
from django.utils import translation

from tiltas.learning import services
from tiltas.learning.models import (
    Attempt,
    Completion,
    Enrolment,
    Question,
)

from .factories import (
    EnrolmentFactory,
    QuestionFactory,
    QuizFactory,
    course,
    single_choice,
)
from .helpers import signed_in

pytestmark = pytest.mark.django_db


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


def test_result_shows_feedback_of_each_chosen_option_and_of_the_question(member):
    from tiltas.learning.models import QuestionKind

    from .factories import OptionFactory

    programme, _module, _lessons, quiz = course(lessons=1)
    quiz.attempt_limit = 1  # the last attempt: its review shows the explanations
    quiz.save()
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


def _answer(client, programme, quiz, member, answers) -> str:
    """Start an attempt, submit ``answers`` and return its result page (English)."""
    attempt = services.attempt_start(quiz=quiz, person=member)
    submit = reverse("learning:attempt_submit", args=[programme.slug, quiz.pk, attempt.pk])
    client.post(submit, answers)
    page = reverse("learning:attempt", args=[programme.slug, quiz.pk, attempt.pk])
    return client.get(page.replace("/lt/", "/en/", 1)).content.decode()


def _explained_quiz(review: str):
    programme, _module, _lessons, quiz = course(lessons=1)
    quiz.attempt_limit, quiz.review = 2, review
    quiz.save()
    question, right, wrong = single_choice(quiz)
    question.feedback = "A cluster starts from a shared problem."
    question.save()
    wrong.feedback = "No: that is a funding source."
    wrong.save()
    return programme, quiz, question, right, wrong


def test_a_failed_attempt_with_attempts_left_gives_no_answers_away(member, restore_language):
    programme, quiz, question, _right, wrong = _explained_quiz("last")
    EnrolmentFactory(programme=programme, person=member)
    client = signed_in(member)
    failed = {f"question_{question.pk}": str(wrong.pk)}
    first = _answer(client, programme, quiz, member, failed)
    assert "Score: 0 %" in first and "your answer" in first
    for secret in ("A cluster starts from", "that is a funding source", "Not right"):
        assert secret not in first
    assert "once you pass the quiz or have used your last attempt" in first
    # The last attempt, failed too: now the explanations help.
    last = _answer(client, programme, quiz, member, failed)
    assert "A cluster starts from" in last and "that is a funding source" in last
    assert "Not right" in last


def test_review_after_passing_shows_the_answers_only_to_those_who_pass(member, restore_language):
    programme, quiz, question, right, wrong = _explained_quiz("passed")
    EnrolmentFactory(programme=programme, person=member)
    client = signed_in(member)
    for _ in range(2):  # every attempt used, none passed
        failed = _answer(
            client, programme, quiz, member, {f"question_{question.pk}": str(wrong.pk)}
        )
        assert "A cluster starts from" not in failed
        assert "once you pass the quiz." in failed
    quiz.attempt_limit = 3
    quiz.save()
    passed = _answer(client, programme, quiz, member, {f"question_{question.pk}": str(right.pk)})
    assert "A cluster starts from" in passed and 'class="answer-right"' in passed


def test_a_quiz_that_never_shows_the_answers(member, restore_language):
    programme, quiz, question, right, _wrong = _explained_quiz("never")
    EnrolmentFactory(programme=programme, person=member)
    client = signed_in(member)
    passed = _answer(client, programme, quiz, member, {f"question_{question.pk}": str(right.pk)})
    assert "Passed" in passed and "A cluster starts from" not in passed
    assert "shows your score only" in passed


def test_the_quiz_intro_counts_the_attempts_left(member, restore_language):
    programme, quiz, question, _right, wrong = _explained_quiz("last")
    quiz.attempt_limit = 3
    quiz.save()
    EnrolmentFactory(programme=programme, person=member)
    client = signed_in(member)
    intro = reverse("learning:quiz", args=[programme.slug, quiz.pk]).replace("/lt/", "/en/", 1)
    assert "You have 3 attempts left of 3." in client.get(intro).content.decode()
    _answer(client, programme, quiz, member, {f"question_{question.pk}": str(wrong.pk)})
    assert "You have 2 attempts left of 3." in client.get(intro).content.decode()
    _answer(client, programme, quiz, member, {f"question_{question.pk}": str(wrong.pk)})
    assert "You have 1 attempt left of 3." in client.get(intro).content.decode()


def test_the_completion_date_reads_without_a_double_full_stop(member):
    programme, _module, _lessons, _quiz = course(lessons=1, with_quiz=False)
    EnrolmentFactory(programme=programme, person=member)
    Completion.objects.create(
        person=member, programme=programme, completed_on=datetime.date(2026, 12, 5), hours=2
    )
    body = signed_in(member).get(reverse("learning:learn", args=[programme.slug])).content
    text = body.decode()
    assert "2026 m. gruodžio 5 d." in text
    assert "d.." not in text
