"""Donor reports for a coordinator's token: the reports made, their files, and
asking for a new one (drawn in the background, as from /manage/reports/)."""

from datetime import date, datetime
from typing import Any, Literal

from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpRequest
from ninja import Schema, Status
from ninja.pagination import paginate

from tiltas.reports import selectors, services
from tiltas.reports.forms import ReportForm
from tiltas.reports.models import Report
from tiltas.reports.permissions import access_report_for_manage_by_id

from ..auth import EXPORTS_LIMIT, NOT_A_MANAGER, manage_router, require_manager, require_write
from ..downloads import stored_file_response
from ..links import page_url
from ..pagination import Page
from ..refusals import unprocessable

router = manage_router()
COORDINATORS_ONLY = {"responses": {"403": NOT_A_MANAGER}}
FileFormat = Literal["pdf", "xlsx", "csv"]
FORMATS: tuple[FileFormat, ...] = ("pdf", "xlsx", "csv")


class ReportOut(Schema):
    id: int
    start: date
    end: date
    language: str
    status: str
    progress: int
    error: str
    from_snapshots: bool
    requested_at: datetime
    finished_at: datetime | None
    #: Format → the address of the file, once the report is ready.
    files: dict[str, str]

    @staticmethod
    def resolve_files(report: Report, context: dict[str, Any]) -> dict[str, str]:
        if not report.is_ready:
            return {}
        return {
            file_format: page_url(
                context["request"],
                "api:manage_report_file",
                report_id=report.pk,
                file_format=file_format,
            )
            for file_format in FORMATS
            if getattr(report, file_format)
        }


@router.get(
    "/manage/reports",
    response=list[ReportOut],
    url_name="manage_reports",
    openapi_extra=COORDINATORS_ONLY,
)
@paginate(Page)
def reports(request: HttpRequest) -> object:
    """The donor reports asked for, newest first."""
    require_manager(request)
    return selectors.report_list()


class ReportIn(Schema):
    """The period as the form takes it: ``part`` "year" or a quarter "1" to "4"
    with ``year``, or ``start_month`` and ``end_month`` ("2026-01")."""

    part: str = ""
    year: int | None = None
    start_month: str | None = None
    end_month: str | None = None
    language: str


@router.post(
    "/manage/reports",
    response={201: ReportOut},
    url_name="manage_reports_request",
    openapi_extra=COORDINATORS_ONLY,
)
def report_request(request: HttpRequest, asked: ReportIn) -> object:
    """Ask for a report (a token with write scope); 422 names each refused
    field with the form's translated message."""
    require_manager(request)
    require_write(request)
    form = ReportForm({k: v for k, v in asked.dict().items() if v is not None})
    if not form.is_valid():
        return unprocessable({name: list(messages) for name, messages in form.errors.items()})
    try:
        report = services.report_request(
            actor=request.user,  # type: ignore[arg-type]
            period=form.cleaned_data["period"],
            language=form.cleaned_data["language"],
        )
    except ValidationError as error:
        errors = error.message_dict if hasattr(error, "error_dict") else {"__all__": error.messages}
        return unprocessable(errors)
    return Status(201, report)


@router.get(
    "/manage/reports/{report_id}/files/{file_format}",
    url_name="manage_report_file",
    throttle=EXPORTS_LIMIT,
    openapi_extra={
        "responses": {
            200: {
                "description": "The file, streamed",
                "content": {
                    kind: {"schema": {"type": "string", "format": "binary"}}
                    for kind in selectors.CONTENT_TYPES.values()
                },
            },
            "403": NOT_A_MANAGER,
        }
    },
)
def report_file(request: HttpRequest, report_id: int, file_format: FileFormat) -> FileResponse:
    """A ready report's PDF, XLSX or CSV (404 until it is ready); the download is audited."""
    require_manager(request)
    report = access_report_for_manage_by_id(request.user, report_id)
    if not report.is_ready:
        raise Http404
    response = stored_file_response(
        getattr(report, file_format),
        filename=selectors.report_filename(report, file_format),
        content_type=selectors.CONTENT_TYPES[file_format],
    )
    services.report_download_record(actor=request.user, report=report, file_format=file_format)  # type: ignore[arg-type]
    return response
