"""Coordinators and administrators record values for the indicators the platform
cannot count, with evidence, and download that evidence; they also edit the
texts of the goal, the objectives and the activities in lt, en and nb."""

from pathlib import PurePath

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from tiltas.core.access import roles_required
from tiltas.core.forms import form_add_service_error
from tiltas.core.roles import MANAGERS
from tiltas.core.uploads import DOCUMENT_TYPES, attachment_response

from .. import selectors, services
from ..forms import ActivityForm, GoalForm, ManualValueForm, ObjectiveForm
from ..permissions import (
    access_activity_for_manage_by_code,
    access_goal_for_manage_by_id,
    access_manual_indicator_for_manage_by_code,
    access_manual_value_for_manage_by_id,
    access_objective_for_manage_by_code,
)


@roles_required(*MANAGERS)
def manage_list(request: HttpRequest) -> HttpResponse:
    # Only these indicators' counters run: the page has no use for the others.
    rows = [
        {"indicator": item.indicator, "progress": item}
        for item in selectors.framework_progress(manual_only=True)
    ]
    return render(request, "indicators/manage/list.html", {"rows": rows})


@roles_required(*MANAGERS)
def manage_detail(request: HttpRequest, code: str) -> HttpResponse:
    indicator = access_manual_indicator_for_manage_by_code(request.user, code)
    page = Paginator(selectors.manual_value_list(indicator=indicator), 25).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "indicators/manage/detail.html",
        {"indicator": indicator, "page": page, "progress": selectors.indicator_progress(indicator)},
    )


@roles_required(*MANAGERS)
def value_create(request: HttpRequest, code: str) -> HttpResponse:
    indicator = access_manual_indicator_for_manage_by_code(request.user, code)
    form = ManualValueForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.manual_value_record(
                indicator=indicator, actor=request.user, **form.cleaned_data
            )
        except ValidationError as error:
            form_add_service_error(form, error)
        else:
            messages.success(request, _("The value was recorded."))
            return redirect("indicators:manage_detail", code=indicator.code)
    return render(
        request, "indicators/manage/value_form.html", {"indicator": indicator, "form": form}
    )


@roles_required(*MANAGERS)
def evidence_download(request: HttpRequest, pk: int) -> HttpResponse:
    manual_value = access_manual_value_for_manage_by_id(request.user, pk)
    if not manual_value.evidence_file:
        raise Http404
    extension = PurePath(manual_value.evidence_file.name).suffix
    filename = f"evidence-{manual_value.indicator.code}-{manual_value.as_of:%Y-%m-%d}{extension}"
    content_type = DOCUMENT_TYPES.get(extension.lstrip("."), "application/octet-stream")
    return attachment_response(
        manual_value.evidence_file, filename=filename, content_type=content_type
    )


@roles_required(*MANAGERS)
def framework_index(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "indicators/manage/framework.html",
        {"goal": selectors.goal_get(), "objectives": list(selectors.objective_list())},
    )


def _edit_texts(request: HttpRequest, *, form_class: type, entry, heading: str) -> HttpResponse:
    """The shared GET/POST flow of the framework's translated texts."""
    success_url = reverse("indicators:manage_framework")
    form = form_class(request.POST or None, instance=entry)
    if request.method == "POST" and form.is_valid():
        try:
            services.framework_text_update(
                entry=entry, actor=request.user, data=form.content_data()
            )
        except ValidationError as error:
            form_add_service_error(form, error)
        else:
            messages.success(request, _("Your changes have been saved."))
            return redirect(success_url)
    return render(
        request,
        "indicators/manage/text_form.html",
        {"form": form, "heading": heading, "cancel_url": success_url},
    )


@roles_required(*MANAGERS)
def goal_edit(request: HttpRequest, pk: int) -> HttpResponse:
    goal = access_goal_for_manage_by_id(request.user, pk)
    return _edit_texts(request, form_class=GoalForm, entry=goal, heading=_("Edit the goal"))


@roles_required(*MANAGERS)
def objective_edit(request: HttpRequest, code: str) -> HttpResponse:
    objective = access_objective_for_manage_by_code(request.user, code)
    heading = _("Edit objective %(code)s") % {"code": objective.code}
    return _edit_texts(request, form_class=ObjectiveForm, entry=objective, heading=heading)


@roles_required(*MANAGERS)
def activity_edit(request: HttpRequest, code: str) -> HttpResponse:
    activity = access_activity_for_manage_by_code(request.user, code)
    heading = _("Edit activity %(code)s") % {"code": activity.code}
    return _edit_texts(request, form_class=ActivityForm, entry=activity, heading=heading)
