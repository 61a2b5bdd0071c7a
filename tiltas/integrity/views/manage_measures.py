"""Managing the measures catalogue (editors) and recording adoptions
(coordinators for any organisation, integrity officers for their own)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from tiltas.accounts.models import Organisation
from tiltas.core.access import roles_required
from tiltas.core.forms import form_add_service_error

from .. import selectors, services
from ..forms import AdoptionCreateForm, AdoptionUpdateForm, ImportForm, MeasureForm
from ..models import Measure
from ..permissions import access_adoption_for_manage_by_id, access_measure_for_manage_by_id
from ..roles import EDITORS, PUBLISHERS, RECORDERS, is_publisher


@roles_required(*EDITORS)
def manage_measures(request: HttpRequest) -> HttpResponse:
    rows = Measure.objects.prefetch_related("risk_areas").order_by("slug")
    return render(request, "integrity/manage/measures.html", {"measures": rows})


@roles_required(*EDITORS)
def manage_measure_create(request: HttpRequest) -> HttpResponse:
    return _measure_form(request, None)


@roles_required(*EDITORS)
def manage_measure_edit(request: HttpRequest, pk: int) -> HttpResponse:
    return _measure_form(request, access_measure_for_manage_by_id(request.user, pk))


def _measure_form(request: HttpRequest, measure: Measure | None) -> HttpResponse:
    form = MeasureForm(request.POST or None, instance=measure)
    if request.method == "POST" and form.is_valid():
        try:
            services.measure_save(actor=request.user, data=form.measure_data(), measure=measure)
        except ValidationError as error:
            form_add_service_error(form, error)
        else:
            messages.success(request, _("The measure was saved."))
            return redirect("integrity:manage_measures")
    return render(request, "integrity/manage/measure_form.html", {"form": form, "measure": measure})


def _organisations(user) -> object:
    if is_publisher(user):
        return Organisation.objects.order_by("name")
    return Organisation.objects.filter(pk=getattr(user, "organisation_id", None) or 0)


@roles_required(*RECORDERS)
def manage_adoptions(request: HttpRequest) -> HttpResponse:
    form = AdoptionCreateForm(request.POST or None, organisations=_organisations(request.user))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.adoption_create(
                actor=request.user,
                organisation=data["organisation"],
                measure=data["measure"],
                data=data,
            )
        except ValidationError as error:
            form_add_service_error(form, error)
        else:
            messages.success(request, _("The adoption was recorded."))
            return redirect("integrity:manage_adoptions")
    adoptions = selectors.adoptions_for_manage(request.user)
    return render(
        request,
        "integrity/manage/adoptions.html",
        {"form": form, "adoptions": adoptions, "may_import": is_publisher(request.user)},
    )


@roles_required(*RECORDERS)
def manage_adoption(request: HttpRequest, pk: int) -> HttpResponse:
    adoption = access_adoption_for_manage_by_id(request.user, pk)
    initial = {
        "on": timezone.localdate(),
        "status": adoption.status,
        "progress": adoption.progress,
        "target_on": adoption.target_on,
        "implemented_on": adoption.implemented_on,
        "responsible_role": adoption.responsible_role,
    }
    form = AdoptionUpdateForm(request.POST or None, request.FILES or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.adoption_update(
                actor=request.user,
                adoption=adoption,
                data={k: v for k, v in form.cleaned_data.items() if k != "evidence"},
                evidence=form.cleaned_data.get("evidence"),
            )
        except ValidationError as error:
            form_add_service_error(form, error)
        else:
            messages.success(request, _("The step was added to the timeline."))
            return redirect("integrity:organisation", adoption.organisation.slug)
    return render(
        request, "integrity/manage/adoption_form.html", {"form": form, "adoption": adoption}
    )


@roles_required(*PUBLISHERS)
def manage_adoptions_import(request: HttpRequest) -> HttpResponse:
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            count = services.adoptions_import(
                actor=request.user, content=form.cleaned_data["file"].read()
            )
        except ValidationError as error:
            for message in error.messages:
                form.add_error("file", message)
        else:
            messages.success(request, _("%(count)s adoptions were imported.") % {"count": count})
            return redirect("integrity:manage_adoptions")
    return render(request, "integrity/manage/import.html", {"form": form})
