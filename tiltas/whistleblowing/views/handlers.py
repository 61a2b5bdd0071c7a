"""Coordinators designate the integrity officers who handle each
organisation's reports. They see who handles what, never a case."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tiltas.core.access import roles_required
from tiltas.core.forms import form_add_service_error
from tiltas.core.requests import anonymous_request
from tiltas.core.roles import MANAGERS

from .. import selectors, services
from ..forms import HandlerForm
from ..permissions import access_handler_for_manage_by_id


@anonymous_request
@roles_required(*MANAGERS)
def handlers(request: HttpRequest) -> HttpResponse:
    form = HandlerForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.handler_add(actor=request.user, **form.cleaned_data)
        except ValidationError as error:
            form_add_service_error(form, error, fields_by_code={"role": "user"})
        else:
            messages.success(request, _("The officer now handles the organisation's reports."))
            return redirect("whistleblowing:handlers")
    context = {"form": form, "handlers": selectors.handlers_list()}
    return render(request, "whistleblowing/handlers.html", context)


@anonymous_request
@roles_required(*MANAGERS)
@require_POST
def handler_remove(request: HttpRequest, pk: int) -> HttpResponse:
    handler = access_handler_for_manage_by_id(pk)
    services.handler_remove(actor=request.user, handler=handler)
    messages.success(request, _("The officer no longer handles the organisation's reports."))
    return redirect("whistleblowing:handlers")
