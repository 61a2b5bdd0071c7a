"""The public face of the results framework: activities, their progress, the dashboard
and the donor exports."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from tiltas.core.access import public
from tiltas.core.disclosure import MIN_GROUP_SIZE
from tiltas.core.public_cache import cache_public_page, shows
from tiltas.core.roles import is_manager
from tiltas.core.throttle import rate_limited
from tiltas.integrity import selectors as integrity_selectors

from .. import exports, selectors, services
from ..certificates import certificates_table
from ..display import breakdown_tables
from ..forms import PeriodForm
from ..permissions import access_activity_by_code

#: Recording a manual value or editing the framework refreshes these pages at
#: once, but the counters of other apps (events held, participants, logins …)
#: change without telling us: their numbers may be up to this old.
PROGRESS_CACHE_SECONDS = 60

#: Each export runs every counter, so an unbounded loop of downloads is a
#: cheap way to load the database: both formats share one limit per client IP.
EXPORTS_PER_WINDOW = 30
EXPORT_WINDOW_SECONDS = 10 * 60


@public
@cache_public_page(timeout=PROGRESS_CACHE_SECONDS)
def activity_list(request: HttpRequest) -> HttpResponse:
    shows("results")
    tree = selectors.framework_tree(selectors.framework_progress())
    return render(
        request, "indicators/activity_list.html", {"goal": selectors.goal_get(), "tree": tree}
    )


@public
def activity_detail(request: HttpRequest, code: str) -> HttpResponse:
    activity = access_activity_by_code(request.user, code)
    progress = selectors.framework_progress(activity=activity)
    # Coordinators see exact figures; everyone else sees small groups as "< 5".
    exact = is_manager(request.user)
    items = [{"progress": item, "tables": breakdown_tables(item, exact=exact)} for item in progress]
    return render(
        request,
        "indicators/activity_detail.html",
        {"activity": activity, "items": items, "exact": exact, "min_group_size": MIN_GROUP_SIZE},
    )


def _period(request: HttpRequest) -> tuple[PeriodForm, dict]:
    form = PeriodForm(request.GET or None)
    start, end = form.period() if request.GET else (None, None)
    return form, {"start": start, "end": end}


@public
@cache_public_page(timeout=PROGRESS_CACHE_SECONDS)
def dashboard(request: HttpRequest) -> HttpResponse:
    shows("results")
    form, period = _period(request)
    counted = selectors.period_progress(**period)
    progress = counted.items
    return render(
        request,
        "indicators/dashboard.html",
        {
            "form": form,
            "tree": selectors.framework_tree(progress),
            "progress": progress,
            "counted": counted,
            "period": period,
            # Coordinators see exact figures (their pages are never cached for others).
            "certificates": certificates_table(**period, exact=is_manager(request.user)),
            "integrity": integrity_selectors.results_context(),
            "query": request.GET.urlencode() if form.is_bound and form.is_valid() else "",
        },
    )


def _filename(extension: str) -> str:
    return f"tiltas-results-{timezone.localdate():%Y-%m-%d}.{extension}"


@public
@rate_limited("indicators-export", limit=EXPORTS_PER_WINDOW, window=EXPORT_WINDOW_SECONDS)
def export_csv(request: HttpRequest) -> HttpResponse:
    _form, period = _period(request)
    services.results_export_record(actor=request.user, file_format="csv", **period)
    progress = selectors.report_progress(**period).items
    return exports.results_csv(progress, filename=_filename("csv"))


@public
@rate_limited("indicators-export", limit=EXPORTS_PER_WINDOW, window=EXPORT_WINDOW_SECONDS)
def export_xlsx(request: HttpRequest) -> HttpResponse:
    _form, period = _period(request)
    services.results_export_record(actor=request.user, file_format="xlsx", **period)
    return exports.results_xlsx(
        selectors.report_progress(**period).items,
        filename=_filename("xlsx"),
        exact=is_manager(request.user),
    )
