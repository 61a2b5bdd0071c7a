"""The reporter's pages. No account, no session, no cookie beyond CSRF: the
receipt code travels only in POST bodies, so no address, log line or error page
ever holds it, and each page of a case is the answer to a POST carrying it."""

from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from tiltas.core.access import public
from tiltas.core.forms import form_add_service_error
from tiltas.core.requests import anonymous_request
from tiltas.core.throttle import rate_limited

from .. import selectors, services
from ..forms import CodeForm, ReporterReplyForm, ReportForm
from ..models import Case
from ..services.reporting import Report

#: Errors of an attachment shown on the attachments field.
FILE_ERRORS = dict.fromkeys(("type", "too_large", "empty", "unreadable"), "attachments")


def is_post(request: HttpRequest) -> bool:
    return request.method == "POST"


# Reports per address; codes tried per address and, against a guess spread
# over many addresses, by everyone together.
submissions_limited = rate_limited("whistleblowing.report", limit=10, window=3600, when=is_post)
lookups_limited = rate_limited("whistleblowing.code", limit=20, window=600, when=is_post)
lookups_limited_all = rate_limited(
    "whistleblowing.code.all", limit=600, window=600, by="all", when=is_post
)


@anonymous_request
@public
@never_cache
@submissions_limited
def report(request: HttpRequest) -> HttpResponse:
    form = ReportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        report = Report(
            organisation=data["organisation"],
            what=data["what"],
            when=data["when"],
            who=data["who"],
            confidential=data["confidential"],
            contact=data["contact"],
            email=data["email"],
        )
        try:
            receipt = services.case_submit(report=report, uploads=data["attachments"])
        except ValidationError as error:
            form_add_service_error(form, error, fields_by_code=FILE_ERRORS)
        else:
            return render(request, "whistleblowing/receipt.html", {"code": receipt.code})
    return render(request, "whistleblowing/report.html", {"form": form})


@anonymous_request
@public
@never_cache
@lookups_limited_all
@lookups_limited
def follow_up(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        return render(request, "whistleblowing/follow_up.html", {"form": CodeForm()})
    code = request.POST.get("code", "")
    case = services.case_find(code=code)
    if case is None:
        form = CodeForm(request.POST)
        if form.is_valid():
            form.add_error("code", _("No case opens with this code. Check it and try again."))
        return render(request, "whistleblowing/follow_up.html", {"form": form})
    reply_form = ReporterReplyForm(initial={"code": code})
    sent = False
    if request.POST.get("action") == "reply":
        reply_form = ReporterReplyForm(request.POST, request.FILES)
        if reply_form.is_valid():
            data = reply_form.cleaned_data
            try:
                services.reporter_reply(case=case, body=data["body"], uploads=data["attachments"])
            except ValidationError as error:
                form_add_service_error(reply_form, error, fields_by_code=FILE_ERRORS)
            else:
                reply_form, sent = ReporterReplyForm(initial={"code": code}), True
    return _case_page(request, case, reply_form, sent=sent)


def _case_page(request: HttpRequest, case: Case, form: ReporterReplyForm, *, sent: bool):
    context = {
        "case": case,
        "messages_exchanged": selectors.case_messages(case, for_officer=False),
        "attachments": selectors.case_attachments(case),
        "form": form,
        "sent": sent,
    }
    return render(request, "whistleblowing/case.html", context)
