"""Authoring, continued: quizzes and the programme's question bank.

A question belongs to the programme's bank; a quiz lists some as its fixed
questions and may draw more at random for each attempt."""

import copy

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tiltas.core.access import roles_required
from tiltas.core.forms import error_text, form_add_service_error
from tiltas.core.roles import TEACHERS

from .. import selectors, services
from ..forms import (
    BankFilterForm,
    OptionFormSet,
    QuestionForm,
    QuizForm,
    QuizQuestionsAddForm,
    option_rows,
)
from ..models import QuestionKind
from ..permissions import (
    access_bank_question_for_manage_by_id,
    access_module_for_manage_by_id,
    access_programme_for_manage_by_id,
    access_quiz_by_id,
    access_quiz_question_for_manage_by_id,
)
from .manage import confirm_delete, form_page

# --- Quizzes --------------------------------------------------------------------


@roles_required(*TEACHERS)
def quiz_create(request: HttpRequest, pk: int, module_pk: int) -> HttpResponse:
    programme = access_programme_for_manage_by_id(request.user, pk)
    module = access_module_for_manage_by_id(programme, module_pk)
    return form_page(
        request,
        QuizForm,
        instance=None,
        form_kwargs={"topics": selectors.bank_topics(programme)},
        save=lambda data: services.quiz_create(module=module, actor=request.user, data=data),
        template="learning/manage/quiz_form.html",
        context={"programme": programme, "module": module, "quiz": None},
        success=lambda quiz: redirect("learning:manage_quiz", pk=pk, quiz_pk=quiz.pk),
    )


def _quiz_context(programme, quiz, add_form: QuizQuestionsAddForm | None = None) -> dict:
    """The quiz page below its settings: fixed questions, adding from the bank,
    and how many questions a random draw can find."""
    return {
        "programme": programme,
        "module": quiz.module,
        "quiz": quiz,
        "questions": selectors.quiz_fixed_questions(quiz),
        "add_form": add_form
        or QuizQuestionsAddForm(available=selectors.quiz_addable_questions(quiz)),
        "pool_size": selectors.random_pool(quiz).count() if quiz.random_count else None,
    }


@roles_required(*TEACHERS)
def quiz_edit(request: HttpRequest, pk: int, quiz_pk: int) -> HttpResponse:
    programme = access_programme_for_manage_by_id(request.user, pk)
    quiz = access_quiz_by_id(programme, quiz_pk)
    return form_page(
        request,
        QuizForm,
        instance=quiz,
        form_kwargs={"topics": selectors.bank_topics(programme)},
        save=lambda data: services.quiz_update(quiz=quiz, actor=request.user, data=data),
        template="learning/manage/quiz_form.html",
        context=_quiz_context(programme, quiz),
        success=lambda saved: redirect("learning:manage_quiz", pk=pk, quiz_pk=quiz_pk),
    )


@roles_required(*TEACHERS)
@require_POST
def quiz_questions_add(request: HttpRequest, pk: int, quiz_pk: int) -> HttpResponse:
    programme = access_programme_for_manage_by_id(request.user, pk)
    quiz = access_quiz_by_id(programme, quiz_pk)
    # Only the bank questions the quiz lacks can be chosen: any other id is invalid.
    add_form = QuizQuestionsAddForm(request.POST, available=selectors.quiz_addable_questions(quiz))
    if add_form.is_valid():
        added = services.quiz_questions_add(
            quiz=quiz, questions=add_form.cleaned_data["questions"], actor=request.user
        )
        messages.success(request, _("Questions added: %(count)d.") % {"count": added})
        return redirect("learning:manage_quiz", pk=pk, quiz_pk=quiz_pk)
    form = QuizForm(instance=copy.copy(quiz), topics=selectors.bank_topics(programme))
    context = _quiz_context(programme, quiz, add_form)
    return render(request, "learning/manage/quiz_form.html", {"form": form, **context})


@roles_required(*TEACHERS)
@require_POST
def quiz_question_remove(
    request: HttpRequest, pk: int, quiz_pk: int, question_pk: int
) -> HttpResponse:
    programme = access_programme_for_manage_by_id(request.user, pk)
    quiz = access_quiz_by_id(programme, quiz_pk)
    question = access_quiz_question_for_manage_by_id(quiz, question_pk)
    services.quiz_question_remove(quiz=quiz, question=question, actor=request.user)
    messages.success(request, _("The question is removed from the quiz; it stays in the bank."))
    return redirect("learning:manage_quiz", pk=pk, quiz_pk=quiz_pk)


@roles_required(*TEACHERS)
@require_POST
def quiz_question_move(
    request: HttpRequest, pk: int, quiz_pk: int, question_pk: int
) -> HttpResponse:
    programme = access_programme_for_manage_by_id(request.user, pk)
    quiz = access_quiz_by_id(programme, quiz_pk)
    question = access_quiz_question_for_manage_by_id(quiz, question_pk)
    services.quiz_question_move(
        quiz=quiz,
        question=question,
        actor=request.user,
        direction=request.POST.get("direction", ""),
    )
    return redirect("learning:manage_quiz", pk=pk, quiz_pk=quiz_pk)


# --- Questions --------------------------------------------------------------------


def _question_page(request: HttpRequest, programme, *, quiz=None, question=None) -> HttpResponse:
    """Add or edit a bank question; from a quiz's page (``quiz``), a new question
    is also added to that quiz, and saving goes back there."""
    initial_options = (
        [
            {
                "id": o.pk,
                "text_lt": o.text_lt,
                "text_en": o.text_en,
                "text_nb": o.text_nb,
                "feedback_lt": o.feedback_lt,
                "correct": o.correct,
            }
            for o in question.options.all()
        ]
        if question is not None
        else []
    )
    form = QuestionForm(
        request.POST or None, instance=copy.copy(question) if question is not None else None
    )
    formset = OptionFormSet(request.POST or None, initial=initial_options, prefix="options")
    if request.method == "POST" and form.is_valid() and formset.is_valid():
        data = {k: v for k, v in form.cleaned_data.items() if k != "true_answer"}
        try:
            if question is None:
                services.question_create(
                    programme=programme,
                    quiz=quiz,
                    actor=request.user,
                    data=data,
                    options=option_rows(formset),
                    true_answer=form.cleaned_data.get("true_answer") is not False,
                )
            else:
                services.question_update(
                    question=question,
                    actor=request.user,
                    data=data,
                    options=option_rows(formset)
                    if question.kind != QuestionKind.TRUE_FALSE
                    else initial_options,
                )
        except ValidationError as error:
            form_add_service_error(form, error)
        else:
            messages.success(request, _("Saved."))
            if quiz is not None:
                return redirect("learning:manage_quiz", pk=programme.pk, quiz_pk=quiz.pk)
            return redirect("learning:manage_bank", pk=programme.pk)
    return render(
        request,
        "learning/manage/question_form.html",
        {
            "programme": programme,
            "quiz": quiz,
            "question": question,
            "used_in": list(question.quizzes.order_by("pk")) if question is not None else [],
            "topics": selectors.bank_topics(programme),
            "form": form,
            "formset": formset,
        },
    )


@roles_required(*TEACHERS)
def question_create(request: HttpRequest, pk: int, quiz_pk: int) -> HttpResponse:
    programme = access_programme_for_manage_by_id(request.user, pk)
    return _question_page(request, programme, quiz=access_quiz_by_id(programme, quiz_pk))


@roles_required(*TEACHERS)
def question_edit(request: HttpRequest, pk: int, quiz_pk: int, question_pk: int) -> HttpResponse:
    programme = access_programme_for_manage_by_id(request.user, pk)
    quiz = access_quiz_by_id(programme, quiz_pk)
    question = access_quiz_question_for_manage_by_id(quiz, question_pk)
    return _question_page(request, programme, quiz=quiz, question=question)


# --- The question bank ------------------------------------------------------------


@roles_required(*TEACHERS)
def bank(request: HttpRequest, pk: int) -> HttpResponse:
    programme = access_programme_for_manage_by_id(request.user, pk)
    topics = selectors.bank_topics(programme)
    filters = BankFilterForm(request.GET or None, topics=topics)
    chosen = filters.cleaned_data if filters.is_valid() else {}
    questions = selectors.question_bank(
        programme, topic=chosen.get("topic", ""), kind=chosen.get("kind", "")
    )
    return render(
        request,
        "learning/manage/bank.html",
        {
            "programme": programme,
            "filters": filters,
            "filtered": bool(chosen.get("topic") or chosen.get("kind")),
            "questions": questions,
            "random_quizzes": selectors.random_quizzes(programme),
        },
    )


@roles_required(*TEACHERS)
def bank_question_create(request: HttpRequest, pk: int) -> HttpResponse:
    programme = access_programme_for_manage_by_id(request.user, pk)
    return _question_page(request, programme)


@roles_required(*TEACHERS)
def bank_question_edit(request: HttpRequest, pk: int, question_pk: int) -> HttpResponse:
    programme = access_programme_for_manage_by_id(request.user, pk)
    question = access_bank_question_for_manage_by_id(programme, question_pk)
    return _question_page(request, programme, question=question)


@roles_required(*TEACHERS)
def bank_question_delete(request: HttpRequest, pk: int, question_pk: int) -> HttpResponse:
    programme = access_programme_for_manage_by_id(request.user, pk)
    question = access_bank_question_for_manage_by_id(programme, question_pk)
    back = reverse("learning:manage_bank", kwargs={"pk": pk})
    if request.method != "POST":
        note = _(
            "The question is deleted from the bank and from every quiz that uses it. "
            "This cannot be undone."
        )
        return confirm_delete(request, programme, question, back, note)
    try:
        services.question_delete(question=question, actor=request.user)
    except ValidationError as error:
        messages.error(request, error_text(error))
    else:
        messages.success(request, _("The question is deleted."))
    return redirect(back)
