"""Management: framework versions and their content, CSV import and export,
target profiles, evidence validation and aggregates."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tiltas.core.access import roles_required
from tiltas.core.forms import form_add_service_error
from tiltas.core.roles import MANAGERS, TEACHERS, is_manager
from tiltas.core.uploads import attachment_response

from .. import selectors, services
from ..csvio import COLUMNS, framework_to_csv
from ..forms import (
    AggregateForm,
    AreaForm,
    CompetencyForm,
    EvidenceValidateForm,
    FrameworkCreateForm,
    FrameworkForm,
    FrameworkImportForm,
    TargetProfileForm,
)
from ..models import Area, Competency, Framework, TargetProfile
from ..permissions import (
    access_area_for_manage_by_id,
    access_competency_for_manage_by_id,
    access_evidence_for_manage_by_id,
    access_framework_for_manage_by_id,
    access_target_profile_for_manage_by_id,
)

#: The form field a service error belongs to, by its code.
FIELD_OF_ERROR = {"duplicate_code": "code", "slug": "slug", "bad_area": "area"}


@roles_required(*TEACHERS)
def manage_index(request: HttpRequest) -> HttpResponse:
    manages = is_manager(request.user)
    frameworks = Paginator(selectors.framework_list(), 20).get_page(request.GET.get("page"))
    return render(
        request,
        "competencies/manage/index.html",
        {
            "is_manager": manages,
            "frameworks": frameworks if manages else None,
            "pending": selectors.evidence_queue(reviewer=request.user).count(),
        },
    )


@roles_required(*MANAGERS)
def framework_create(request: HttpRequest) -> HttpResponse:
    form = FrameworkCreateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            created = services.framework_create(
                actor=request.user, slug=form.cleaned_data["slug"], data=form.cleaned_data
            )
        except ValidationError as error:
            form_add_service_error(form, error, fields_by_code=FIELD_OF_ERROR)
        else:
            return redirect("competencies:manage_framework", pk=created.pk)
    return render(request, "competencies/manage/framework_form.html", {"form": form})


@roles_required(*MANAGERS)
def framework_detail(request: HttpRequest, pk: int) -> HttpResponse:
    framework = access_framework_for_manage_by_id(request.user, pk)
    return render(
        request,
        "competencies/manage/framework_detail.html",
        {
            "framework": framework,
            "areas": selectors.framework_tree(framework),
            "levels": list(framework.levels.all()),
            "problems": services.framework_problems(framework) if framework.is_draft else [],
        },
    )


@roles_required(*MANAGERS)
def framework_edit(request: HttpRequest, pk: int) -> HttpResponse:
    framework = access_framework_for_manage_by_id(request.user, pk)
    form = FrameworkForm(request.POST or None, instance=framework)
    if request.method == "POST" and form.is_valid():
        try:
            services.framework_update(
                framework=framework, actor=request.user, data=form.cleaned_data
            )
        except ValidationError as error:
            form_add_service_error(form, error, fields_by_code=FIELD_OF_ERROR)
        else:
            messages.success(request, _("The framework is saved."))
            return redirect("competencies:manage_framework", pk=framework.pk)
    return render(
        request, "competencies/manage/framework_form.html", {"form": form, "framework": framework}
    )


def _framework_action(request: HttpRequest, pk: int, action, done: str) -> HttpResponse:
    framework = access_framework_for_manage_by_id(request.user, pk)
    try:
        result = action(framework)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
        return redirect("competencies:manage_framework", pk=framework.pk)
    messages.success(request, done)
    return redirect("competencies:manage_framework", pk=result.pk)


@roles_required(*MANAGERS)
@require_POST
def framework_new_version(request: HttpRequest, pk: int) -> HttpResponse:
    return _framework_action(
        request,
        pk,
        lambda f: services.framework_create_version(source=f, actor=request.user),
        _("A new draft version is created."),
    )


@roles_required(*MANAGERS)
@require_POST
def framework_publish(request: HttpRequest, pk: int) -> HttpResponse:
    return _framework_action(
        request,
        pk,
        lambda f: services.framework_publish(framework=f, actor=request.user),
        _("The framework is published."),
    )


@roles_required(*MANAGERS)
@require_POST
def framework_archive(request: HttpRequest, pk: int) -> HttpResponse:
    return _framework_action(
        request,
        pk,
        lambda f: services.framework_archive(framework=f, actor=request.user),
        _("The framework is archived."),
    )


@roles_required(*MANAGERS)
def framework_export(request: HttpRequest, pk: int) -> HttpResponse:
    framework = access_framework_for_manage_by_id(request.user, pk)
    return attachment_response(
        framework_to_csv(framework).encode(),
        filename=f"{framework.slug}-v{framework.version}.csv",
        content_type="text/csv; charset=utf-8",
    )


@roles_required(*MANAGERS)
def framework_import(request: HttpRequest) -> HttpResponse:
    form = FrameworkImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            created = services.framework_import(
                actor=request.user, content=form.cleaned_data["file"].read()
            )
        except ValidationError as error:
            form.add_error("file", error)
        else:
            messages.success(request, _("The file is imported as a new draft."))
            return redirect("competencies:manage_framework", pk=created.pk)
    return render(
        request, "competencies/manage/framework_import.html", {"form": form, "columns": COLUMNS}
    )


@roles_required(*MANAGERS)
def area_create(request: HttpRequest, pk: int) -> HttpResponse:
    return _area_form(request, access_framework_for_manage_by_id(request.user, pk), None)


@roles_required(*MANAGERS)
def area_edit(request: HttpRequest, pk: int, area_pk: int) -> HttpResponse:
    framework = access_framework_for_manage_by_id(request.user, pk)
    return _area_form(
        request, framework, access_area_for_manage_by_id(request.user, framework, area_pk)
    )


def _area_form(request: HttpRequest, framework: Framework, area: Area | None) -> HttpResponse:
    form = AreaForm(request.POST or None, instance=area or Area(framework=framework))
    if request.method == "POST" and form.is_valid():
        try:
            if area is None:
                services.area_create(
                    framework=framework, actor=request.user, data=form.cleaned_data
                )
            else:
                services.area_update(area=area, actor=request.user, data=form.cleaned_data)
        except ValidationError as error:
            form_add_service_error(form, error, fields_by_code=FIELD_OF_ERROR)
        else:
            messages.success(request, _("The area is saved."))
            return redirect("competencies:manage_framework", pk=framework.pk)
    return render(
        request,
        "competencies/manage/area_form.html",
        {"form": form, "framework": framework, "area": area},
    )


@roles_required(*MANAGERS)
def competency_create(request: HttpRequest, pk: int) -> HttpResponse:
    return _competency_form(request, access_framework_for_manage_by_id(request.user, pk), None)


@roles_required(*MANAGERS)
def competency_edit(request: HttpRequest, pk: int, competency_pk: int) -> HttpResponse:
    framework = access_framework_for_manage_by_id(request.user, pk)
    competency = access_competency_for_manage_by_id(request.user, framework, competency_pk)
    return _competency_form(request, framework, competency)


def _competency_form(
    request: HttpRequest, framework: Framework, competency: Competency | None
) -> HttpResponse:
    form = CompetencyForm(
        request.POST or None,
        instance=competency or Competency(framework=framework),
        framework=framework,
    )
    if request.method == "POST" and form.is_valid():
        data, descriptors = form.cleaned_data, form.descriptors()
        try:
            if competency is None:
                services.competency_create(
                    framework=framework, actor=request.user, data=data, descriptors=descriptors
                )
            else:
                services.competency_update(
                    competency=competency, actor=request.user, data=data, descriptors=descriptors
                )
        except ValidationError as error:
            form_add_service_error(form, error, fields_by_code=FIELD_OF_ERROR)
        else:
            messages.success(request, _("The competency is saved."))
            return redirect("competencies:manage_framework", pk=framework.pk)
    return render(
        request,
        "competencies/manage/competency_form.html",
        {"form": form, "framework": framework, "competency": competency},
    )


@roles_required(*MANAGERS)
def profile_list(request: HttpRequest) -> HttpResponse:
    profiles = Paginator(selectors.target_profiles(), 20).get_page(request.GET.get("page"))
    return render(request, "competencies/manage/profile_list.html", {"profiles": profiles})


@roles_required(*MANAGERS)
def profile_create(request: HttpRequest) -> HttpResponse:
    return _profile_form(request, None)


@roles_required(*MANAGERS)
def profile_edit(request: HttpRequest, pk: int) -> HttpResponse:
    return _profile_form(request, access_target_profile_for_manage_by_id(request.user, pk))


def _profile_form(request: HttpRequest, profile: TargetProfile | None) -> HttpResponse:
    framework = selectors.framework_published()
    form = TargetProfileForm(
        request.POST or None, instance=profile or TargetProfile(), framework=framework
    )
    if request.method == "POST" and form.is_valid():
        try:
            if profile is None:
                services.target_profile_create(
                    actor=request.user, data=form.cleaned_data, levels=form.levels()
                )
            else:
                services.target_profile_update(
                    profile=profile,
                    actor=request.user,
                    data=form.cleaned_data,
                    levels=form.levels(),
                )
        except ValidationError as error:
            form_add_service_error(form, error, fields_by_code=FIELD_OF_ERROR)
        else:
            messages.success(request, _("The target profile is saved."))
            return redirect("competencies:manage_profiles")
    return render(
        request,
        "competencies/manage/profile_form.html",
        {"form": form, "profile": profile, "framework": framework},
    )


@roles_required(*TEACHERS)
def evidence_queue(request: HttpRequest) -> HttpResponse:
    pending_only = request.GET.get("show") != "all"
    queue = selectors.evidence_queue(reviewer=request.user, pending_only=pending_only)
    page = Paginator(queue, 25).get_page(request.GET.get("page"))
    return render(
        request,
        "competencies/manage/evidence_queue.html",
        {"page": page, "pending_only": pending_only},
    )


@roles_required(*TEACHERS)
def evidence_validate(request: HttpRequest, pk: int) -> HttpResponse:
    evidence = access_evidence_for_manage_by_id(request.user, pk)
    framework = evidence.competency.framework
    initial = {
        "level": evidence.validated_level or evidence.level_claimed,
        "comment": evidence.comment,
    }
    form = EvidenceValidateForm(request.POST or None, framework=framework, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.evidence_validate(
                evidence=evidence,
                actor=request.user,
                level=form.cleaned_data["level"],
                comment=form.cleaned_data["comment"],
            )
        except ValidationError as error:
            form_add_service_error(form, error)
        else:
            messages.success(request, _("The evidence is validated."))
            return redirect("competencies:manage_evidence")
    return render(
        request, "competencies/manage/evidence_validate.html", {"form": form, "evidence": evidence}
    )


@roles_required(*MANAGERS)
def aggregates(request: HttpRequest) -> HttpResponse:
    form = AggregateForm(request.GET or None)
    grouping, basis = "organisation", "self"
    if form.is_valid():
        grouping = form.cleaned_data["grouping"] or grouping
        basis = form.cleaned_data["basis"] or basis
    framework = selectors.framework_published()
    result = selectors.level_distribution_kept(framework, grouping, basis) if framework else None
    return render(
        request,
        "competencies/manage/aggregates.html",
        {
            "form": form,
            "framework": framework,
            "result": result,
            "min_group_size": selectors.MIN_GROUP_SIZE,
            "refresh_minutes": selectors.AGGREGATE_CACHE_SECONDS // 60,
        },
    )
