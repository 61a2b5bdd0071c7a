"""Coordinators: find a certificate, revoke it, retry its PDF, name the signatory."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tiltas.core.access import roles_required
from tiltas.core.forms import error_text, form_add_service_error
from tiltas.core.roles import MANAGERS
from tiltas.core.throttle import searches_limited

from .. import selectors, services
from ..forms import ManageFilterForm, RevokeForm, SignatoryForm
from ..models import Signatory
from ..permissions import access_certificate_for_manage_by_id


@roles_required(*MANAGERS)
@searches_limited("credentials.certificates")
def manage_list(request: HttpRequest) -> HttpResponse:
    form = ManageFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    certificates = selectors.certificates_for_manage(
        query=filters.get("q") or "",
        status=filters.get("status") or "",
        failed_only=bool(filters.get("failed")),
    )
    page = Paginator(certificates, 50).get_page(request.GET.get("page"))
    return render(
        request,
        "credentials/manage/list.html",
        {
            "form": form,
            "page": page,
            "failed_count": selectors.failed_pdf_count(),
            "signatory": Signatory.objects.filter(is_current=True).first(),
        },
    )


@roles_required(*MANAGERS)
def manage_detail(request: HttpRequest, pk: int) -> HttpResponse:
    certificate = access_certificate_for_manage_by_id(request.user, pk)
    form = RevokeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.certificate_revoke(
                certificate=certificate, reason=form.cleaned_data["reason"], actor=request.user
            )
        except ValidationError as error:
            form_add_service_error(form, error)
        else:
            messages.success(
                request, _("The certificate is revoked. Its holder is told by e-mail.")
            )
            return redirect("credentials:manage_detail", pk=certificate.pk)
    return render(
        request,
        "credentials/manage/detail.html",
        {
            "certificate": certificate,
            "form": form,
            "competencies": certificate.competencies.select_related("competency"),
            "revisions": certificate.revisions.all(),
        },
    )


@roles_required(*MANAGERS)
@require_POST
def manage_retry(request: HttpRequest, pk: int) -> HttpResponse:
    certificate = access_certificate_for_manage_by_id(request.user, pk)
    if certificate.is_revoked:
        messages.error(request, _("A revoked certificate gets no new PDF."))
    else:
        try:
            services.certificate_pdf_retry(certificate=certificate, actor=request.user)
        except ValidationError as error:
            messages.error(request, error_text(error))
        else:
            messages.success(request, _("The PDF is being prepared again."))
    return redirect("credentials:manage_detail", pk=certificate.pk)


@roles_required(*MANAGERS)
def manage_signatory(request: HttpRequest) -> HttpResponse:
    current = Signatory.objects.filter(is_current=True).first()
    form = SignatoryForm(
        request.POST or None,
        instance=current,
        initial={"name": current.name} if current else None,
    )
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        try:
            services.signatory_replace(name=data.pop("name"), titles=data, actor=request.user)
        except ValidationError as error:
            form_add_service_error(form, error)
        else:
            messages.success(request, _("New certificates are signed by this signatory."))
            return redirect("credentials:manage_list")
    return render(request, "credentials/manage/signatory.html", {"form": form})
