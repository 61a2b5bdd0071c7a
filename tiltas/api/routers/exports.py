"""The results export for a coordinator's token: the same CSV or XLSX as the
results page's export, with the exact figures a coordinator sees there (small
groups are not hidden as "< 5")."""

from datetime import date
from typing import Literal

from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from ninja import Query, Schema
from pydantic import Field

from tiltas.core.exports import CSV_TYPE, XLSX_TYPE
from tiltas.indicators import exports, selectors, services
from tiltas.indicators.forms import PeriodForm

from ..auth import EXPORTS_LIMIT, NOT_A_MANAGER, manage_router, require_manager
from ..refusals import unprocessable

router = manage_router()


class ExportQuery(Schema):
    file_format: Literal["csv", "xlsx"] = Field(alias="format")
    #: An optional period, as on the results page (``start`` ≤ ``end``).
    start: date | None = None
    end: date | None = None


@router.get(
    "/manage/indicators/export",
    url_name="manage_indicators_export",
    throttle=EXPORTS_LIMIT,
    openapi_extra={
        "responses": {
            200: {
                "description": "The CSV or XLSX file",
                "content": {
                    kind: {"schema": {"type": "string", "format": "binary"}}
                    for kind in (CSV_TYPE, XLSX_TYPE)
                },
            },
            "403": NOT_A_MANAGER,
        }
    },
)
def indicators_export(request: HttpRequest, query: Query[ExportQuery]) -> HttpResponse:
    """Every indicator's target, value and counting rule (XLSX: with the exact
    breakdowns and the rules on their own sheets); the download is audited."""
    require_manager(request)
    form = PeriodForm({"start": query.start, "end": query.end})
    if not form.is_valid():
        return unprocessable(" ".join(str(message) for message in form.non_field_errors()))
    start, end = form.period()
    services.results_export_record(
        actor=request.user,  # type: ignore[arg-type]
        file_format=query.file_format,
        start=start,
        end=end,
    )
    progress = selectors.report_progress(start=start, end=end).items
    filename = f"tiltas-results-{timezone.localdate():%Y-%m-%d}.{query.file_format}"
    if query.file_format == "csv":
        return exports.results_csv(progress, filename=filename)
    return exports.results_xlsx(progress, filename=filename, exact=True)
