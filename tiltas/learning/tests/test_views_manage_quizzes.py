"""Authoring quizzes and the question bank through the site."""

import pytest
from django.urls import reverse

from tiltas.learning import services
from tiltas.learning.models import Question

from .factories import (
    EnrolmentFactory,
    ProgrammeFactory,
    QuestionFactory,
    course,
    single_choice,
)
from .helpers import signed_in

pytestmark = pytest.mark.django_db


def url(name: str, programme, **kwargs) -> str:
    return reverse(f"learning:{name}", kwargs={"pk": programme.pk, **kwargs})


def fixed(quiz) -> list[int]:
    return list(quiz.slots.order_by("order").values_list("question_id", flat=True))


def test_the_programme_page_links_to_its_bank(coordinator):
    programme = ProgrammeFactory()
    body = signed_in(coordinator).get(url("manage_programme", programme)).content.decode()
    assert url("manage_bank", programme) in body


def test_bank_lists_questions_by_topic_with_the_quizzes_using_them(coordinator):
    programme, _module, _lessons, quiz = course(lessons=0)
    used, _right, _wrong = single_choice(quiz, text="Used in the quiz")
    used.topic = "Partners"
    used.save()
    QuestionFactory(programme=programme, topic="Funding", text="About funding", kind="short")
    QuestionFactory(programme=programme, text="Without a topic")
    QuestionFactory(programme=ProgrammeFactory(), text="Another programme's")
    client = signed_in(coordinator)
    body = client.get(url("manage_bank", programme)).content.decode()
    assert body.index("Funding") < body.index("Partners")  # topics in order
    assert "Used in the quiz" in body and quiz.title in body
    assert "Without a topic" in body and "Another programme" not in body
    filtered = client.get(url("manage_bank", programme), {"topic": "Funding"}).content.decode()
    assert "About funding" in filtered and "Used in the quiz" not in filtered
    by_kind = client.get(url("manage_bank", programme), {"kind": "single"}).content.decode()
    assert "Used in the quiz" in by_kind and "About funding" not in by_kind
    none = client.get(url("manage_bank", programme), {"topic": "-"}).content.decode()
    assert "Without a topic" in none and "About funding" not in none


def test_bank_question_create_edit_and_delete(coordinator):
    programme = ProgrammeFactory()
    client = signed_in(coordinator)
    response = client.post(
        url("manage_bank_question_create", programme),
        {
            "kind": "true_false",
            "topic": "Partners",
            "text_lt": "Ar partneriai svarbūs?",
            "true_answer": "true",
            "options-TOTAL_FORMS": "0",
            "options-INITIAL_FORMS": "0",
        },
    )
    assert response["Location"] == url("manage_bank", programme)
    question = Question.objects.get(programme=programme)
    assert question.topic == "Partners" and not question.quizzes.exists()
    edit = url("manage_bank_question_edit", programme, question_pk=question.pk)
    assert 'list="bank-topics"' in client.get(edit).content.decode()
    client.post(
        edit,
        {
            "kind": "true_false",
            "topic": "Partneriai",
            "text_lt": "Ar partneriai labai svarbūs?",
            "options-TOTAL_FORMS": "0",
            "options-INITIAL_FORMS": "0",
        },
    )
    question.refresh_from_db()
    assert (question.topic, question.text_lt) == ("Partneriai", "Ar partneriai labai svarbūs?")
    delete = url("manage_bank_question_delete", programme, question_pk=question.pk)
    assert client.post(delete)["Location"] == url("manage_bank", programme)
    assert not Question.objects.exists()


def test_an_answered_question_is_refused_with_a_message(coordinator, member):
    programme, _module, _lessons, quiz = course(lessons=0)
    question, right, _wrong = single_choice(quiz)
    EnrolmentFactory(programme=programme, person=member)
    attempt = services.attempt_start(quiz=quiz, person=member)
    services.attempt_submit(attempt=attempt, answers={question.pk: [right.pk]}, actor=member)
    delete = url("manage_bank_question_delete", programme, question_pk=question.pk)
    response = signed_in(coordinator).post(delete, follow=True)
    message = next(iter(response.context["messages"]))
    assert message.level_tag == "error"
    assert Question.objects.filter(pk=question.pk).exists()


def test_quiz_page_adds_removes_and_reorders_fixed_questions(coordinator):
    programme, _module, _lessons, quiz = course(lessons=0)
    first, _right, _wrong = single_choice(quiz, text="First fixed")
    a = QuestionFactory(programme=programme, text="Bank A")
    b = QuestionFactory(programme=programme, text="Bank B")
    client = signed_in(coordinator)
    page = client.get(url("manage_quiz", programme, quiz_pk=quiz.pk)).content.decode()
    assert f'value="{a.pk}"' in page and f'value="{b.pk}"' in page
    assert f'name="questions" value="{first.pk}"' not in page  # in the quiz already
    add = url("manage_quiz_questions_add", programme, quiz_pk=quiz.pk)
    assert client.post(add, {"questions": [b.pk, a.pk]}).status_code == 302
    assert fixed(quiz) == [first.pk, a.pk, b.pk]  # in the bank's order
    move = url("manage_quiz_question_move", programme, quiz_pk=quiz.pk, question_pk=b.pk)
    client.post(move, {"direction": "up"})
    assert fixed(quiz) == [first.pk, b.pk, a.pk]
    remove = url("manage_quiz_question_remove", programme, quiz_pk=quiz.pk, question_pk=first.pk)
    client.post(remove)
    assert fixed(quiz) == [b.pk, a.pk]
    assert Question.objects.filter(pk=first.pk).exists()
    page = client.get(url("manage_quiz", programme, quiz_pk=quiz.pk)).content.decode()
    assert f'value="{first.pk}"' in page  # back among those that can be added


def test_adding_nothing_or_a_foreign_question_shows_an_error(coordinator):
    programme, _module, _lessons, quiz = course(lessons=0)
    QuestionFactory(programme=programme)
    foreign = QuestionFactory(programme=ProgrammeFactory())
    client = signed_in(coordinator)
    add = url("manage_quiz_questions_add", programme, quiz_pk=quiz.pk)
    for data in ({}, {"questions": [foreign.pk]}, {"questions": ["x"]}):
        response = client.post(add, data)
        assert response.status_code == 200
        assert 'class="error-summary"' in response.content.decode()
    assert fixed(quiz) == []


def test_random_draw_settings_are_checked_against_the_bank(coordinator):
    programme, _module, _lessons, quiz = course(lessons=0)
    QuestionFactory(programme=programme, topic="Partners")
    QuestionFactory(programme=programme, topic="Funding")
    client = signed_in(coordinator)
    edit = url("manage_quiz", programme, quiz_pk=quiz.pk)
    page = client.get(edit).content.decode()
    assert '<option value="Partners">' in page and '<option value="Funding">' in page
    data = {"title_lt": quiz.title, "passing_grade": "50", "attempt_limit": "3"}
    response = client.post(edit, {**data, "random_count": "2", "random_topic": "Partners"})
    body = response.content.decode()
    assert response.status_code == 200 and 'class="error-summary"' in body
    assert 'name="random_count" value="2"' in body  # what was typed is kept
    response = client.post(edit, {**data, "random_count": "1", "random_topic": "Partners"})
    assert response.status_code == 302
    quiz.refresh_from_db()
    assert (quiz.random_count, quiz.random_topic) == (1, "Partners")
    # The bank shrinks: the quiz page says that attempts draw fewer.
    Question.objects.filter(topic="Partners").delete()
    page = client.get(edit).content.decode()
    assert "message-warning" in page


def test_the_trainer_chooses_when_learners_see_the_answers(trainer):
    programme, _module, _lessons, quiz = course(lessons=0, trainers=[trainer])
    client = signed_in(trainer)
    edit = url("manage_quiz", programme, quiz_pk=quiz.pk)
    assert 'name="review"' in client.get(edit).content.decode()
    data = {"title_lt": quiz.title, "passing_grade": "50", "attempt_limit": "3"}
    assert client.post(edit, {**data, "review": "never"}).status_code == 302
    quiz.refresh_from_db()
    assert quiz.review == "never"
    assert client.post(edit, data).status_code == 302  # not sent: kept as it was
    quiz.refresh_from_db()
    assert quiz.review == "never"


def test_a_new_question_from_the_quiz_page_goes_to_the_bank_and_the_quiz(coordinator):
    programme, _module, _lessons, quiz = course(lessons=0)
    client = signed_in(coordinator)
    response = client.post(
        url("manage_question_create", programme, quiz_pk=quiz.pk),
        {
            "kind": "short",
            "text_lt": "Kas?",
            "accepted_answers": "Klasteris",
            "options-TOTAL_FORMS": "0",
            "options-INITIAL_FORMS": "0",
        },
    )
    assert response["Location"] == url("manage_quiz", programme, quiz_pk=quiz.pk)
    question = Question.objects.get()
    assert question.programme == programme and fixed(quiz) == [question.pk]


def test_every_id_in_the_url_is_checked(coordinator):
    programme, _module, _lessons, quiz = course(lessons=0)
    in_quiz, _right, _wrong = single_choice(quiz)
    bank_only = QuestionFactory(programme=programme)
    _other_programme, _m, _l, other_quiz = course(lessons=0)
    foreign, _r, _w = single_choice(other_quiz)
    client = signed_in(coordinator)
    for name, kwargs in (
        ("manage_bank_question_edit", {"question_pk": foreign.pk}),
        ("manage_bank_question_delete", {"question_pk": foreign.pk}),
        ("manage_quiz", {"quiz_pk": other_quiz.pk}),
        ("manage_question_edit", {"quiz_pk": quiz.pk, "question_pk": bank_only.pk}),
        ("manage_question_edit", {"quiz_pk": other_quiz.pk, "question_pk": foreign.pk}),
    ):
        assert client.get(url(name, programme, **kwargs)).status_code == 404, (name, kwargs)
    for name, kwargs in (
        ("manage_quiz_questions_add", {"quiz_pk": other_quiz.pk}),
        ("manage_quiz_question_remove", {"quiz_pk": quiz.pk, "question_pk": bank_only.pk}),
        ("manage_quiz_question_remove", {"quiz_pk": quiz.pk, "question_pk": foreign.pk}),
        ("manage_quiz_question_move", {"quiz_pk": quiz.pk, "question_pk": foreign.pk}),
        ("manage_bank_question_delete", {"question_pk": foreign.pk}),
    ):
        assert client.post(url(name, programme, **kwargs)).status_code == 404, (name, kwargs)
    assert fixed(quiz) == [in_quiz.pk] and fixed(other_quiz) == [foreign.pk]
    assert Question.objects.filter(pk=foreign.pk).exists()


def test_trainers_reach_only_the_banks_of_programmes_they_teach(trainer, member):
    taught, _module, _lessons, quiz = course(lessons=0, trainers=[trainer])
    question, _right, _wrong = single_choice(quiz)
    other = ProgrammeFactory()
    other_question = QuestionFactory(programme=other)
    client = signed_in(trainer)
    assert client.get(url("manage_bank", taught)).status_code == 200
    edit = url("manage_bank_question_edit", taught, question_pk=question.pk)
    assert client.get(edit).status_code == 200
    assert client.get(url("manage_bank", other)).status_code == 404
    edit_other = url("manage_bank_question_edit", other, question_pk=other_question.pk)
    assert client.get(edit_other).status_code == 404
    delete_other = url("manage_bank_question_delete", other, question_pk=other_question.pk)
    assert client.post(delete_other).status_code == 404
    assert Question.objects.filter(pk=other_question.pk).exists()
    member_client = signed_in(member)
    assert member_client.get(url("manage_bank", taught)).status_code == 403
    remove = url("manage_quiz_question_remove", taught, quiz_pk=quiz.pk, question_pk=question.pk)
    assert member_client.post(remove).status_code == 403
    assert fixed(quiz) == [question.pk]


def test_move_and_remove_answer_only_post(coordinator):
    programme, _module, _lessons, quiz = course(lessons=0)
    question, _right, _wrong = single_choice(quiz)
    client = signed_in(coordinator)
    for name in ("manage_quiz_question_move", "manage_quiz_question_remove"):
        target = url(name, programme, quiz_pk=quiz.pk, question_pk=question.pk)
        assert client.get(target).status_code == 405
    assert (
        client.get(url("manage_quiz_questions_add", programme, quiz_pk=quiz.pk)).status_code == 405
    )
