"""The case handlers' pages: only integrity officers designated for the
receiving organisation; everyone else, administrators included, gets 404.
Every access is recorded for the institution's other officers."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tiltas.core.access import signed_in
from tiltas.core.forms import error_text
from tiltas.core.requests import anonymous_request
from tiltas.core.uploads import attachment_response

from .. import selectors, services
from ..forms import CloseForm, MessageForm, StatusForm
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


def _done(request: HttpRequest, pk: str, action, form=None) -> HttpResponse:
    """Run ``action`` (when the form, if any, is valid); back to the case either way."""
    if form is not None and not form.is_valid():
        messages.error(request, " ".join(str(e) for errors in form.errors.values() for e in errors))
        return redirect("whistleblowing:case", pk)
    try:
        action()
    except ValidationError as error:
        messages.error(request, error_text(error))
    else:
        messages.success(request, _("Done."))
    return redirect("whistleblowing:case", pk)


@anonymous_request
@signed_in
@require_POST
def case_acknowledge(request: HttpRequest, pk: str) -> HttpResponse:
    case = access_case_by_id(request.user, pk)
    return _done(request, pk, lambda: services.case_acknowledge(case=case, officer=request.user))


@anonymous_request
@signed_in
@require_POST
def case_message(request: HttpRequest, pk: str) -> HttpResponse:
    case = access_case_by_id(request.user, pk)
    form = MessageForm(request.POST)
    return _done(
        request,
        pk,
        lambda: services.case_message_send(
            case=case,
            officer=request.user,
            body=form.cleaned_data["body"],
            is_question=form.cleaned_data["is_question"],
        ),
        form,
    )


@anonymous_request
@signed_in
@require_POST
def case_status(request: HttpRequest, pk: str) -> HttpResponse:
    case = access_case_by_id(request.user, pk)
    form = StatusForm(request.POST)
    return _done(
        request,
        pk,
        lambda: services.case_status_change(
            case=case, officer=request.user, status=form.cleaned_data["status"]
        ),
        form,
    )


@anonymous_request
@signed_in
@require_POST
def case_close(request: HttpRequest, pk: str) -> HttpResponse:
    case = access_case_by_id(request.user, pk)
    form = CloseForm(request.POST)
    return _done(
        request,
        pk,
        lambda: services.case_close(
            case=case,
            officer=request.user,
            outcome=form.cleaned_data["outcome"],
            message=form.cleaned_data["message"],
        ),
        form,
    )


@anonymous_request
@signed_in
@require_POST
def case_message_redact(request: HttpRequest, pk: str, message_pk: int) -> HttpResponse:
    message = access_case_message_by_id(request.user, pk, message_pk)
    return _done(
        request, pk, lambda: services.case_message_redact(message=message, officer=request.user)
    )


@anonymous_request
@signed_in
def case_file(request: HttpRequest, pk: str, file_pk: int) -> HttpResponse:
    case_file = access_case_file_by_id(request.user, pk, file_pk)
    content = services.case_file_open(case_file=case_file, officer=request.user)
    filename = selectors.attachment_name(case_file)
    return attachment_response(content, filename=filename, content_type=case_file.content_type)
