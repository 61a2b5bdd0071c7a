"""Coordinators ask for a donor report for a period and language, watch it being
drawn, download its PDF, XLSX and CSV, and write the narratives per activity."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from tiltas.core.access import roles_required
from tiltas.core.forms import form_add_service_error, posted
from tiltas.core.roles import MANAGERS
from tiltas.core.uploads import attachment_response

from . import selectors, services
from .forms import NarrativesForm, PeriodChoiceForm, ReportForm
from .periods import Period, period_from_slug
from .permissions import access_report_for_manage_by_id

CONTENT_TYPES = selectors.CONTENT_TYPES
#: While a report is drawn its page reloads itself this often (no JavaScript needed).
REFRESH_SECONDS = 3


@roles_required(*MANAGERS)
def report_list(request: HttpRequest) -> HttpResponse:
    form = ReportForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            report = services.report_request(
                actor=request.user,
                period=form.cleaned_data["period"],
                language=form.cleaned_data["language"],
            )
        except ValidationError as error:
            form_add_service_error(form, error)
        else:
            messages.success(request, _("The report is being prepared."))
            return redirect("reports:report_detail", pk=report.pk)
    page = Paginator(selectors.report_list(), 30).get_page(request.GET.get("page"))
    return render(
        request,
        "reports/manage/report_list.html",
        {"form": form, "page": page, "period_form": PeriodChoiceForm()},
    )


@roles_required(*MANAGERS)
def report_detail(request: HttpRequest, pk: int) -> HttpResponse:
    report = access_report_for_manage_by_id(request.user, pk)
    return render(
        request,
        "reports/manage/report_detail.html",
        {
            "report": report,
            "period": Period(report.start, report.end),
            "refresh_seconds": REFRESH_SECONDS,
        },
    )


@roles_required(*MANAGERS)
def report_download(request: HttpRequest, pk: int, file_format: str) -> HttpResponse:
    report = access_report_for_manage_by_id(request.user, pk)
    stored = getattr(report, file_format)
    if not report.is_ready or not stored:
        raise Http404
    services.report_download_record(actor=request.user, report=report, file_format=file_format)
    return attachment_response(
        stored,
        filename=selectors.report_filename(report, file_format),
        content_type=CONTENT_TYPES[file_format],
    )


@roles_required(*MANAGERS)
def narratives_choose(request: HttpRequest) -> HttpResponse:
    """Leads to a period's narratives (a GET form: nothing is written)."""
    form = PeriodChoiceForm(request.GET or None)
    if form.is_valid():
        period = Period.of_months(form.cleaned_data["start_month"], form.cleaned_data["end_month"])
        return redirect("reports:narratives", period=period.slug)
    return render(request, "reports/manage/narratives_choose.html", {"form": form})


@roles_required(*MANAGERS)
def narratives(request: HttpRequest, period: str) -> HttpResponse:
    chosen = period_from_slug(period)
    existing = {
        (narrative.activity_id, narrative.language): narrative.text
        for narrative in selectors.narratives_of(chosen)
    }
    form = NarrativesForm(posted(request), activities=list(selectors.activities()), texts=existing)
    if request.method == "POST" and form.is_valid():
        changed = services.narratives_save(actor=request.user, period=chosen, texts=form.texts())
        if changed:
            messages.success(request, _("The narratives were saved."))
        else:
            messages.info(request, _("Nothing was changed."))
        return redirect("reports:narratives", period=chosen.slug)
    return render(request, "reports/manage/narratives.html", {"form": form, "period": chosen})
