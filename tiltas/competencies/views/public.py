"""The published framework for everyone; a member's own profile, self-assessments
and evidence."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tiltas.core.access import public, signed_in
from tiltas.core.forms import error_text, form_add_service_error
from tiltas.core.uploads import attachment_response

from .. import selectors, services
from ..charts import profile_chart
from ..forms import EvidenceUploadForm, ProfileChoiceForm, SelfAssessmentForm
from ..permissions import access_evidence_by_id, access_self_assessment_by_id

#: Errors about the uploaded file belong to that field.
FILE_ERRORS = dict.fromkeys(("type", "too_large", "empty"), "file")


def _not_published(request: HttpRequest) -> HttpResponse:
    return render(request, "competencies/not_published.html")


@public
def framework(request: HttpRequest) -> HttpResponse:
    current = selectors.framework_published()
    context = {"framework": current, "areas": [], "levels": []}
    if current is not None:
        context["areas"] = selectors.framework_tree(current)
        context["levels"] = list(current.levels.all())
    return render(request, "competencies/framework.html", context)


@signed_in
def profile(request: HttpRequest) -> HttpResponse:
    current = selectors.framework_published()
    if current is None:
        return render(request, "competencies/profile.html", {"framework": None})
    chosen = selectors.profile_choice(request.user)
    rows = selectors.profile_rows(request.user, current, chosen)
    recommendations = selectors.recommended_programmes(rows)
    levels = list(current.levels.all())
    history = selectors.assessment_history(request.user, current)
    evidence = Paginator(selectors.evidence_of(request.user), 20).get_page(request.GET.get("page"))
    return render(
        request,
        "competencies/profile.html",
        {
            "framework": current,
            "levels": levels,
            "level_names": {level.number: level.name for level in levels},
            "rows": rows,
            "recommendations": recommendations,
            "chosen": chosen,
            "choice_form": ProfileChoiceForm(initial={"profile": chosen}),
            "chart": profile_chart(rows, max((level.number for level in levels), default=4)),
            "history": history,
            "history_rows": [
                {
                    "competency": row.competency,
                    "levels": [h.levels.get(row.competency.code) for h in history],
                }
                for row in rows
            ],
            "evidence_page": evidence,
        },
    )


@signed_in
@require_POST
def profile_target(request: HttpRequest) -> HttpResponse:
    form = ProfileChoiceForm(request.POST)
    if form.is_valid():
        services.profile_choose(person=request.user, profile=form.cleaned_data["profile"])
        messages.success(request, _("Your target profile is saved."))
    else:
        messages.error(request, _("Choose a target profile from the list."))
    return redirect("competencies:profile")


@signed_in
def assessment_create(request: HttpRequest) -> HttpResponse:
    current = selectors.framework_published()
    if current is None:
        return _not_published(request)
    competencies = [
        c for area in selectors.framework_tree(current) for c in area.competencies.all()
    ]
    form = SelfAssessmentForm(
        request.POST or None,
        competencies=competencies,
        framework=current,
        initial_levels=selectors.latest_self_levels(request.user, current),
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.self_assessment_submit(
                person=request.user, framework=current, levels=form.levels()
            )
        except ValidationError as error:
            form_add_service_error(form, error)
        else:
            messages.success(request, _("Your self-assessment is saved."))
            return redirect("competencies:profile")
    return render(
        request, "competencies/assessment_form.html", {"form": form, "framework": current}
    )


@signed_in
def assessment_detail(request: HttpRequest, pk: int) -> HttpResponse:
    assessment = access_self_assessment_by_id(request.user, pk)
    return render(
        request,
        "competencies/assessment_detail.html",
        {"assessment": assessment, "items": selectors.assessment_detail(assessment)},
    )


@signed_in
def evidence_create(request: HttpRequest) -> HttpResponse:
    current = selectors.framework_published()
    if current is None:
        return _not_published(request)
    form = EvidenceUploadForm(request.POST or None, request.FILES or None, framework=current)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.evidence_upload(
                person=request.user,
                competency=data["competency"],
                level_claimed=data["level_claimed"],
                title=data["title"],
                occurred_on=data["occurred_on"],
                upload=data["file"],
                link=data["link"],
            )
        except ValidationError as error:
            form_add_service_error(form, error, fields_by_code=FILE_ERRORS)
        else:
            messages.success(request, _("Your evidence is saved. A trainer will validate it."))
            return redirect("competencies:profile")
    return render(request, "competencies/evidence_form.html", {"form": form})


@signed_in
def evidence_file(request: HttpRequest, pk: int) -> HttpResponse:
    evidence = access_evidence_by_id(request.user, pk)
    if not evidence.file:
        raise Http404
    return attachment_response(
        evidence.file, filename=evidence.file_name or "evidence", content_type=evidence.file_type
    )


@signed_in
@require_POST
def evidence_delete(request: HttpRequest, pk: int) -> HttpResponse:
    evidence = access_evidence_by_id(request.user, pk)
    if evidence.person_id != request.user.pk:
        raise Http404
    try:
        services.evidence_delete(evidence=evidence, actor=request.user)
    except ValidationError as error:
        messages.error(request, error_text(error))
    else:
        messages.success(request, _("The evidence is deleted."))
    return redirect("competencies:profile")
