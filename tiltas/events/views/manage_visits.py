"""Study visit management: the visit, its delegation and its files."""

from functools import partial

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tiltas.core.access import roles_required
from tiltas.core.forms import form_add_service_error, posted
from tiltas.core.roles import MANAGERS

from .. import selectors, services
from ..forms import DelegationMemberForm, StudyVisitForm
from ..permissions import (
    access_delegation_member_for_manage_by_id,
    access_visit_file_for_manage_by_id,
    access_visit_for_manage_by_id,
)
from .files import add_file_page
from .public import file_response


def _visit_data(form: StudyVisitForm) -> tuple[dict, list]:
    data = dict(form.cleaned_data)
    return data, data.pop("host_organisations", [])


@roles_required(*MANAGERS)
def visit_list(request: HttpRequest) -> HttpResponse:
    page = Paginator(selectors.visits_for_manage(), 25).get_page(request.GET.get("page"))
    return render(request, "events/manage/visits.html", {"page": page, "query": ""})


@roles_required(*MANAGERS)
def visit_create(request: HttpRequest) -> HttpResponse:
    form = StudyVisitForm(posted(request))
    if request.method == "POST" and form.is_valid():
        data, hosts = _visit_data(form)
        try:
            visit = services.visit_create(data=data, hosts=hosts, actor=request.user)
        except ValidationError as exc:
            form_add_service_error(form, exc)
        else:
            messages.success(request, _("The study visit was created."))
            return redirect("events:manage_visit_detail", pk=visit.pk)
    return render(request, "events/manage/visit_form.html", {"form": form, "visit": None})


@roles_required(*MANAGERS)
def visit_edit(request: HttpRequest, pk: int) -> HttpResponse:
    visit = access_visit_for_manage_by_id(request.user, pk)
    form = StudyVisitForm(posted(request), instance=visit)
    if request.method == "POST" and form.is_valid():
        data, hosts = _visit_data(form)
        try:
            services.visit_update(visit=visit, data=data, hosts=hosts, actor=request.user)
        except ValidationError as exc:
            form_add_service_error(form, exc)
        else:
            messages.success(request, _("The study visit was saved."))
            return redirect("events:manage_visit_detail", pk=visit.pk)
    return render(request, "events/manage/visit_form.html", {"form": form, "visit": visit})


@roles_required(*MANAGERS)
def visit_detail(request: HttpRequest, pk: int) -> HttpResponse:
    visit = access_visit_for_manage_by_id(request.user, pk)
    delegation = list(selectors.visit_delegation(visit))
    context = {
        "visit": visit,
        "delegation": delegation,
        "person_days": len(delegation) * visit.days,
        "files": visit.files.all(),
        "member_form": DelegationMemberForm(),
    }
    return render(request, "events/manage/visit_detail.html", context)


@roles_required(*MANAGERS)
def delegation_add(request: HttpRequest, pk: int) -> HttpResponse:
    visit = access_visit_for_manage_by_id(request.user, pk)
    form = DelegationMemberForm(posted(request))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.delegation_member_add(
                visit=visit,
                person=data["person"],
                name=data["name"],
                organisation_name=data["organisation_name"],
                role=data["role"],
                actor=request.user,
            )
        except ValidationError as exc:
            form_add_service_error(form, exc)
        else:
            messages.success(request, _("The delegation member was added."))
            return redirect("events:manage_visit_detail", pk=visit.pk)
    return render(request, "events/manage/delegation_form.html", {"visit": visit, "form": form})


@roles_required(*MANAGERS)
@require_POST
def delegation_remove(request: HttpRequest, pk: int, member_pk: int) -> HttpResponse:
    visit = access_visit_for_manage_by_id(request.user, pk)
    member = access_delegation_member_for_manage_by_id(request.user, visit, member_pk)
    services.delegation_member_remove(member=member, actor=request.user)
    messages.success(request, _("The delegation member was removed."))
    return redirect("events:manage_visit_detail", pk=visit.pk)


@roles_required(*MANAGERS)
def visit_file_add(request: HttpRequest, pk: int) -> HttpResponse:
    visit = access_visit_for_manage_by_id(request.user, pk)
    return add_file_page(
        request,
        attach=partial(services.visit_file_add, visit=visit, actor=request.user),
        owner_title=visit.title,
        done_url=reverse("events:manage_visit_detail", args=[visit.pk]),
    )


@roles_required(*MANAGERS)
@require_POST
def visit_file_delete(request: HttpRequest, pk: int, file_pk: int) -> HttpResponse:
    visit = access_visit_for_manage_by_id(request.user, pk)
    item = access_visit_file_for_manage_by_id(request.user, visit, file_pk)
    services.visit_file_delete(item=item, actor=request.user)
    messages.success(request, _("The file was removed."))
    return redirect("events:manage_visit_detail", pk=visit.pk)


@roles_required(*MANAGERS)
def visit_file(request: HttpRequest, pk: int, file_pk: int) -> HttpResponse:
    visit = access_visit_for_manage_by_id(request.user, pk)
    return file_response(access_visit_file_for_manage_by_id(request.user, visit, file_pk))
