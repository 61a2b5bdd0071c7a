"""Evidence bundles for a coordinator's token: the bundles built and their ZIP.

A bundle holds participants' names and signatures. The management page asks for
the password again before sending it; a token cannot be asked, so the download
needs a token made with the write scope, the one its holder chose to trust with
changes (a read-only token, say on a check-in tablet, never carries one away).
Each download is audited and limited per token as on the page."""

from datetime import date, datetime
from typing import Any

from django.http import FileResponse, Http404, HttpRequest
from ninja import Schema
from ninja.pagination import paginate

from tiltas.core.audit import audit_record
from tiltas.evidence import selectors
from tiltas.evidence.models import BundleStatus, EvidenceBundle
from tiltas.evidence.permissions import access_bundle_by_id

from ..auth import EXPORTS_LIMIT, NOT_A_MANAGER, manage_router, require_manager, require_write
from ..downloads import stored_file_response
from ..links import page_url
from ..pagination import Page

router = manage_router()


class BundleOut(Schema):
    id: int
    start: date
    end: date
    language: str
    status: str
    progress: int
    files_total: int
    files_done: int
    size: int
    error: str
    requested_at: datetime
    finished_at: datetime | None
    #: The address of the ZIP once it is built (a token with write scope downloads it).
    bundle: str | None

    @staticmethod
    def resolve_progress(bundle: EvidenceBundle) -> int:
        return bundle.percent

    @staticmethod
    def resolve_bundle(bundle: EvidenceBundle, context: dict[str, Any]) -> str | None:
        if bundle.status != BundleStatus.READY or not bundle.file:
            return None
        return page_url(context["request"], "api:manage_evidence_bundle", bundle_id=bundle.pk)


@router.get(
    "/manage/evidence",
    response=list[BundleOut],
    url_name="manage_evidence",
    openapi_extra={"responses": {"403": NOT_A_MANAGER}},
)
@paginate(Page)
def bundles(request: HttpRequest) -> object:
    """The evidence bundles asked for, newest first."""
    require_manager(request)
    return selectors.bundles_for_manage(request.user)


@router.get(
    "/manage/evidence/{bundle_id}/bundle",
    url_name="manage_evidence_bundle",
    throttle=EXPORTS_LIMIT,
    openapi_extra={
        "responses": {
            200: {
                "description": "The ZIP archive, streamed",
                "content": {"application/zip": {"schema": {"type": "string", "format": "binary"}}},
            },
            "403": {
                **NOT_A_MANAGER,
                "description": "No coordinator's token, or one that may only read",
            },
        }
    },
)
def bundle_download(request: HttpRequest, bundle_id: int) -> FileResponse:
    """A built bundle's ZIP (404 until it is built): with a token of write scope only."""
    require_manager(request)
    require_write(request)
    bundle = access_bundle_by_id(request.user, bundle_id)
    if bundle.status != BundleStatus.READY:
        raise Http404
    response = stored_file_response(
        bundle.file, filename=selectors.bundle_filename(bundle), content_type="application/zip"
    )
    audit_record(actor=request.user, action="evidence.bundle.downloaded", obj=bundle)
    return response
