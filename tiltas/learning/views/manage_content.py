"""Authoring, continued: competencies and learners (quizzes: ``manage_quizzes``)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from tiltas.competencies import selectors as competency_selectors
from tiltas.core.access import roles_required
from tiltas.core.downloads import reauthenticated_download
from tiltas.core.exports import csv_response
from tiltas.core.forms import form_add_service_error
from tiltas.core.roles import MANAGERS, TEACHERS, is_manager
from tiltas.core.throttle import exports_limited

from .. import selectors, services
from ..forms import BulkEnrolmentForm, CompetencyLevelsForm
from ..permissions import access_programme_for_manage_by_id

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
            "can_enrol": is_manager(request.user),
        },
    )


@roles_required(*TEACHERS)
@reauthenticated_download  # personal data leaves the platform: password again (SE-3)
@exports_limited("learning.learners")
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
            form_add_service_error(form, error)
    return render(
        request,
        "learning/manage/enrol.html",
        {"programme": programme, "form": form, "result": result},
    )
