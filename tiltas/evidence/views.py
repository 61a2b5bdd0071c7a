"""The coordinators' evidence bundles: ask for one, follow its progress,
download it."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from tiltas.core.access import roles_required
from tiltas.core.audit import audit_record
from tiltas.core.downloads import reauthenticated_download
from tiltas.core.forms import form_add_service_error, posted
from tiltas.core.roles import MANAGERS
from tiltas.core.throttle import exports_limited
from tiltas.core.uploads import attachment_response

from . import selectors, services
from .forms import BundleRequestForm
from .models import BundleStatus
from .permissions import access_bundle_by_id


@roles_required(*MANAGERS)
def bundle_list(request: HttpRequest) -> HttpResponse:
    form = BundleRequestForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            bundle = services.evidence_bundle_request(
                start=form.cleaned_data["start"], end=form.cleaned_data["end"], actor=request.user
            )
        except ValidationError as exc:
            form_add_service_error(form, exc)
        else:
            messages.success(request, _("The bundle is being built."))
            return redirect("evidence:manage_detail", pk=bundle.pk)
    context = {
        "form": form,
        "bundles": selectors.bundles_for_manage(request.user)[:20],
        "keep_days": settings.TILTAS_EVIDENCE_KEEP_DAYS,
    }
    return render(request, "evidence/manage/list.html", context)


@roles_required(*MANAGERS)
def bundle_detail(request: HttpRequest, pk: int) -> HttpResponse:
    bundle = access_bundle_by_id(request.user, pk)
    context = {
        "bundle": bundle,
        "statuses": BundleStatus,
        "keep_days": settings.TILTAS_EVIDENCE_KEEP_DAYS,
    }
    return render(request, "evidence/manage/detail.html", context)


@roles_required(*MANAGERS)
@reauthenticated_download  # names and signatures leave the platform: password again (SE-3)
@exports_limited("evidence.bundle")
def bundle_download(request: HttpRequest, pk: int) -> HttpResponse:
    bundle = access_bundle_by_id(request.user, pk)
    if bundle.status != BundleStatus.READY or not bundle.file:
        raise Http404
    try:
        archive = bundle.file.storage.open(bundle.file.name, "rb")
    except FileNotFoundError as exc:
        raise Http404 from exc
    audit_record(actor=request.user, action="evidence.bundle.downloaded", obj=bundle)
    return attachment_response(
        archive,
        filename=selectors.bundle_filename(bundle),
        content_type="application/zip",
    )
