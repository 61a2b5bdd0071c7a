"""Management of organisations (coordinators, administrators) and of people
and roles (administrators)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tiltas.core.access import roles_required
from tiltas.core.forms import error_text, form_add_service_error
from tiltas.core.roles import MANAGERS, Role
from tiltas.core.throttle import searches_limited

from ..forms import OrganisationForm, PeopleSearchForm, PersonRoleForm
from ..permissions import access_organisation_for_manage_by_id, access_person_for_manage_by_id
from ..selectors import organisation_list as organisation_list_selector
from ..selectors import user_search
from ..services import (
    organisation_create as organisation_create_service,
)
from ..services import (
    organisation_update,
    user_deactivate,
    user_role_change,
)


def _page_query(query: str) -> str:
    """The search to keep on the other pages of the list."""
    return urlencode({"q": query}) if query else ""


@roles_required(*MANAGERS)
@searches_limited("accounts.organisations")
def organisation_list(request: HttpRequest) -> HttpResponse:
    search = PeopleSearchForm(request.GET or None)
    query = search.cleaned_data["q"] if search.is_valid() else ""
    page = Paginator(organisation_list_selector(query=query), 25).get_page(request.GET.get("page"))
    return render(
        request,
        "accounts/manage/organisation_list.html",
        {"page": page, "query": query, "page_query": _page_query(query)},
    )


@roles_required(*MANAGERS)
def organisation_create(request: HttpRequest) -> HttpResponse:
    form = OrganisationForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            organisation = organisation_create_service(
                actor=request.user, values=form.cleaned_data, logo=form.cleaned_data.get("logo")
            )
        except ValidationError as error:
            form_add_service_error(form, error)
        else:
            messages.success(
                request,
                _("The organisation %(name)s has been created.") % {"name": organisation.name},
            )
            return redirect("accounts:manage_organisations")
    return render(request, "accounts/manage/organisation_form.html", {"form": form})


@roles_required(*MANAGERS)
def organisation_edit(request: HttpRequest, pk: int) -> HttpResponse:
    organisation = access_organisation_for_manage_by_id(request.user, pk)
    form = OrganisationForm(request.POST or None, request.FILES or None, instance=organisation)
    if request.method == "POST" and form.is_valid():
        try:
            organisation_update(
                organisation=organisation,
                actor=request.user,
                values=form.cleaned_data,
                logo=form.cleaned_data.get("logo"),
                remove_logo=form.cleaned_data.get("remove_logo", False),
            )
        except ValidationError as error:
            form_add_service_error(form, error)
        else:
            messages.success(request, _("The organisation has been saved."))
            return redirect("accounts:manage_organisations")
    organisation.refresh_from_db()
    return render(
        request,
        "accounts/manage/organisation_form.html",
        {"form": form, "organisation": organisation},
    )


@roles_required(Role.ADMINISTRATOR)
@searches_limited("accounts.people")
def people_list(request: HttpRequest) -> HttpResponse:
    search = PeopleSearchForm(request.GET or None)
    query = search.cleaned_data["q"] if search.is_valid() else ""
    page = user_search(query=query, page=request.GET.get("page") or 1)
    return render(
        request,
        "accounts/manage/people_list.html",
        {
            "page": page,
            "search": search,
            "query": query,
            "page_query": _page_query(query),
            "roles": Role.choices,
        },
    )


def _back_to_people(request: HttpRequest) -> HttpResponse:
    return redirect(reverse("accounts:manage_people") + "?" + request.GET.urlencode())


@roles_required(Role.ADMINISTRATOR)
@require_POST
def person_role_change(request: HttpRequest, pk: int) -> HttpResponse:
    person = access_person_for_manage_by_id(request.user, pk)
    form = PersonRoleForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose a valid role."))
        return _back_to_people(request)
    try:
        user_role_change(user=person, role=form.cleaned_data["role"], actor=request.user)
    except ValidationError as error:
        messages.error(request, error_text(error))
    else:
        messages.success(
            request, _("The role of %(name)s has been changed.") % {"name": person.full_name}
        )
    return _back_to_people(request)


@roles_required(Role.ADMINISTRATOR)
@require_POST
def person_deactivate(request: HttpRequest, pk: int) -> HttpResponse:
    person = access_person_for_manage_by_id(request.user, pk)
    try:
        user_deactivate(user=person, actor=request.user)
    except ValidationError as error:
        messages.error(request, error_text(error))
    else:
        messages.success(
            request, _("%(name)s has been deactivated and signed out.") % {"name": person.full_name}
        )
    return _back_to_people(request)
