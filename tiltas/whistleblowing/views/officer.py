"""The case handlers' pages: only integrity officers designated for the
receiving organisation; everyone else, administrators included, gets 404.
Every access is recorded for the institution's other officers."""

from collections.abc import Callable
from functools import wraps

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tiltas.accounts.models import User
from tiltas.core.access import signed_in
from tiltas.core.forms import error_text
from tiltas.core.requests import anonymous_request
from tiltas.core.uploads import attachment_response

from .. import selectors, services
from ..forms import CloseForm, MessageForm, StatusForm
from ..models import Case
from ..permissions import (
    access_case_by_id,
    access_case_file_by_id,
    access_case_message_by_id,
    access_cases,
)


@anonymous_request
@signed_in
def cases(request: HttpRequest) -> HttpResponse:
    access_cases(request.user)
    rows = selectors.officer_cases(request.user)
    return render(request, "whistleblowing/officer/cases.html", {"rows": rows})


@anonymous_request
@signed_in
def case(request: HttpRequest, pk: str) -> HttpResponse:
    case = access_case_by_id(request.user, pk)
    services.case_open(case=case, officer=request.user)
    context = {
        "case": case,
        "text": selectors.case_text(case),
        "messages_exchanged": selectors.case_messages(case, for_officer=True),
        "attachments": selectors.case_attachments(case),
        "events": selectors.case_events(case),
        "message_form": MessageForm(),
        "status_form": StatusForm(initial={"status": case.status}),
        "close_form": CloseForm(),
    }
    return render(request, "whistleblowing/officer/case.html", context)


#: What an officer's action on a case does: the officer, the case, the form's data
#: and the URL's other ids; it calls one service, which records the case event.
CaseAct = Callable[..., object]


def case_action(form_class: type[forms.Form] | None = None) -> Callable[[CaseAct], Callable]:
    """An officer's POST on a case they handle (404 otherwise): the form, if
    any, checked; the service run; its refusal or "Done." shown; back to the case."""

    def decorator(act: CaseAct) -> Callable[..., HttpResponse]:
        @anonymous_request
        @signed_in
        @require_POST
        @wraps(act)
        def view(request: HttpRequest, pk: str, **ids: int) -> HttpResponse:
            case = access_case_by_id(request.user, pk)
            form = form_class(request.POST) if form_class is not None else None
            if form is not None and not form.is_valid():
                errors = (str(e) for field_errors in form.errors.values() for e in field_errors)
                messages.error(request, " ".join(errors))
                return redirect("whistleblowing:case", pk)
            try:
                act(request.user, case, form.cleaned_data if form is not None else {}, **ids)
            except ValidationError as error:
                messages.error(request, error_text(error))
            else:
                messages.success(request, _("Done."))
            return redirect("whistleblowing:case", pk)

        return view

    return decorator


@case_action()
def case_acknowledge(officer: User, case: Case, data: dict) -> None:
    services.case_acknowledge(case=case, officer=officer)


@case_action(MessageForm)
def case_message(officer: User, case: Case, data: dict) -> None:
    services.case_message_send(
        case=case, officer=officer, body=data["body"], is_question=data["is_question"]
    )


@case_action(StatusForm)
def case_status(officer: User, case: Case, data: dict) -> None:
    services.case_status_change(case=case, officer=officer, status=data["status"])


@case_action(CloseForm)
def case_close(officer: User, case: Case, data: dict) -> None:
    services.case_close(
        case=case, officer=officer, outcome=data["outcome"], message=data["message"]
    )


@case_action()
def case_message_redact(officer: User, case: Case, data: dict, message_pk: int) -> None:
    message = access_case_message_by_id(officer, case.pk, message_pk)
    services.case_message_redact(message=message, officer=officer)


@anonymous_request
@signed_in
def case_file(request: HttpRequest, pk: str, file_pk: int) -> HttpResponse:
    case_file = access_case_file_by_id(request.user, pk, file_pk)
    content = services.case_file_open(case_file=case_file, officer=request.user)
    filename = selectors.attachment_name(case_file)
    return attachment_response(content, filename=filename, content_type=case_file.content_type)
