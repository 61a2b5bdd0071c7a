"""Authoring, continued: quizzes, competencies and learners."""

import copy

from allauth.account.decorators import reauthentication_required
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from tiltas.competencies import selectors as competency_selectors
from tiltas.core.access import MANAGERS, TEACHERS, roles_required
from tiltas.core.exports import csv_response

from .. import selectors, services
from ..forms import (
    BulkEnrolmentForm,
    CompetencyLevelsForm,
    OptionFormSet,
    QuestionForm,
    QuizForm,
    option_rows,
)
from ..models import QuestionKind
from ..permissions import (
    access_module_by_id,
    access_programme_for_manage_by_id,
    access_question_by_id,
    access_quiz_by_id,
)
from .manage import confirm_delete, form_page

# --- Quizzes and questions --------------------------------------------------------


@roles_required(*TEACHERS)
def quiz_create(request: HttpRequest, pk: int, module_pk: int) -> HttpResponse:
    programme = access_programme_for_manage_by_id(request.user, pk)
    module = access_module_by_id(programme, module_pk)
    return form_page(
        request,
        QuizForm,
        instance=None,
        save=lambda data: services.quiz_create(module=module, actor=request.user, data=data),
        template="learning/manage/quiz_form.html",
        context={"programme": programme, "module": module, "quiz": None},
        success=lambda quiz: redirect("learning:manage_quiz", pk=pk, quiz_pk=quiz.pk),
    )


@roles_required(*TEACHERS)
def quiz_edit(request: HttpRequest, pk: int, quiz_pk: int) -> HttpResponse:
    programme = access_programme_for_manage_by_id(request.user, pk)
    quiz = access_quiz_by_id(programme, quiz_pk)
    return form_page(
        request,
        QuizForm,
        instance=quiz,
        save=lambda data: services.quiz_update(quiz=quiz, actor=request.user, data=data),
        template="learning/manage/quiz_form.html",
        context={
            "programme": programme,
            "module": quiz.module,
            "quiz": quiz,
            "questions": list(quiz.questions.prefetch_related("options")),
        },
        success=lambda saved: redirect("learning:manage_quiz", pk=pk, quiz_pk=quiz_pk),
    )


def _question_page(request: HttpRequest, programme, quiz, question=None) -> HttpResponse:
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
            form.add_error(None, error)
        else:
            messages.success(request, _("Saved."))
            return redirect("learning:manage_quiz", pk=programme.pk, quiz_pk=quiz.pk)
    return render(
        request,
        "learning/manage/question_form.html",
        {
            "programme": programme,
            "quiz": quiz,
            "question": question,
            "form": form,
            "formset": formset,
        },
    )


@roles_required(*TEACHERS)
def question_create(request: HttpRequest, pk: int, quiz_pk: int) -> HttpResponse:
    programme = access_programme_for_manage_by_id(request.user, pk)
    return _question_page(request, programme, access_quiz_by_id(programme, quiz_pk))


@roles_required(*TEACHERS)
def question_edit(request: HttpRequest, pk: int, quiz_pk: int, question_pk: int) -> HttpResponse:
    programme = access_programme_for_manage_by_id(request.user, pk)
    quiz = access_quiz_by_id(programme, quiz_pk)
    return _question_page(request, programme, quiz, access_question_by_id(quiz, question_pk))


@roles_required(*TEACHERS)
def question_delete(request: HttpRequest, pk: int, quiz_pk: int, question_pk: int) -> HttpResponse:
    programme = access_programme_for_manage_by_id(request.user, pk)
    quiz = access_quiz_by_id(programme, quiz_pk)
    question = access_question_by_id(quiz, question_pk)
    if request.method != "POST":
        back = reverse("learning:manage_quiz", kwargs={"pk": pk, "quiz_pk": quiz_pk})
        return confirm_delete(request, programme, question, back)
    services.question_delete(question=question, actor=request.user)
    messages.success(request, _("The question is deleted."))
    return redirect("learning:manage_quiz", pk=pk, quiz_pk=quiz_pk)


# --- Competencies ----------------------------------------------------------------


@roles_required(*TEACHERS)
def competencies(request: HttpRequest, pk: int) -> HttpResponse:
    programme = access_programme_for_manage_by_id(request.user, pk)
    linkable = competency_selectors.linkable_competencies()
    current = {
        link.competency_id: link.target_level
        for link in selectors.programme_competencies(programme)
    }
    form = CompetencyLevelsForm(
        request.POST or None,
        competencies=linkable.competencies,
        current=current,
        levels=linkable.levels,
    )
    if request.method == "POST" and form.is_valid():
        services.programme_competency_set(
            programme=programme, actor=request.user, levels=form.levels()
        )
        messages.success(request, _("Saved."))
        return redirect("learning:manage_programme", pk=pk)
    return render(
        request,
        "learning/manage/competencies.html",
        {"programme": programme, "form": form, "framework": linkable.framework},
    )


# --- Learners -----------------------------------------------------------------------


@roles_required(*TEACHERS)
def learners(request: HttpRequest, pk: int) -> HttpResponse:
    programme = access_programme_for_manage_by_id(request.user, pk)
    page = Paginator(selectors.learner_table(programme), 50).get_page(request.GET.get("page"))
    return render(
        request,
        "learning/manage/learners.html",
        {
            "programme": programme,
            "page": page,
            "rows": selectors.learner_rows(programme, page.object_list),
            "can_enrol": request.user.role in MANAGERS,
        },
    )


@roles_required(*TEACHERS)
@reauthentication_required  # personal data leaves the platform: password again (SE-3)
def learners_csv(request: HttpRequest, pk: int) -> HttpResponse:
    programme = access_programme_for_manage_by_id(request.user, pk)
    rows = services.learners_export(programme=programme, actor=request.user)
    header = [
        _("Name"),
        _("E-mail"),
        _("Organisation"),
        _("Enrolled"),
        _("Lessons completed"),
        _("Quizzes passed"),
        _("Progress (%)"),
        _("Completed on"),
    ]
    body = []
    for row in rows:
        person = row.enrolment.person
        body.append(
            [
                person.full_name,
                person.email,
                person.organisation.name if person.organisation else "",
                row.enrolment.enrolled_at.date().isoformat(),
                row.lessons_done,
                row.quizzes_passed,
                row.percent,
                row.completed_on.isoformat() if row.completed_on else "",
            ]
        )
    return csv_response(f"learners-{programme.pk}.csv", header, body)


@roles_required(*MANAGERS)
def enrol_bulk(request: HttpRequest, pk: int) -> HttpResponse:
    programme = access_programme_for_manage_by_id(request.user, pk)
    form = BulkEnrolmentForm(request.POST or None)
    result = None
    if request.method == "POST" and form.is_valid():
        try:
            if form.cleaned_data.get("organisation"):
                result = services.enrolment_bulk_from_organisation(
                    programme=programme,
                    organisation=form.cleaned_data["organisation"],
                    actor=request.user,
                )
            else:
                result = services.enrolment_bulk_by_emails(
                    programme=programme, emails=form.cleaned_data["emails"], actor=request.user
                )
        except ValidationError as error:
            form.add_error(None, error)
    return render(
        request,
        "learning/manage/enrol.html",
        {"programme": programme, "form": form, "result": result},
    )
