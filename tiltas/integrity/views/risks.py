"""The corruption-risk registers: private to each organisation's staff and
the coordinators; another organisation's register is a 404."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.text import slugify
from django.utils.translation import gettext as _

from tiltas.core.access import roles_required
from tiltas.core.exports import xlsx_response
from tiltas.core.forms import form_add_service_error
from tiltas.core.roles import STAFF_ROLES

from .. import selectors, services
from ..forms import RiskForm
from ..permissions import access_register_by_slug, access_risk_for_edit_by_id
from ..roles import may_edit_risks

XLSX_HEADER = [
    "No.",
    "Risk area",
    "Description",
    "Art. 6 criteria",
    "Likelihood (1-5)",
    "Impact (1-5)",
    "Score",
    "Owner",
    "Measures",
    "Next review",
]


@roles_required(*STAFF_ROLES)
def registers(request: HttpRequest) -> HttpResponse:
    organisations = list(selectors.organisations_with_registers(request.user))
    return render(request, "integrity/risks/registers.html", {"organisations": organisations})


@roles_required(*STAFF_ROLES)
def register(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = access_register_by_slug(request.user, slug)
    risks = selectors.risks_of(organisation)
    return render(
        request,
        "integrity/risks/register.html",
        {
            "organisation": organisation,
            "risks": risks,
            "heat_map": selectors.risk_heat_map(risks),
            "may_edit": may_edit_risks(request.user, organisation.pk),
        },
    )


@roles_required(*STAFF_ROLES)
def risk_create(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = access_register_by_slug(request.user, slug)
    return _risk_form(request, organisation, None)


@roles_required(*STAFF_ROLES)
def risk_edit(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    organisation = access_register_by_slug(request.user, slug)
    return _risk_form(
        request, organisation, access_risk_for_edit_by_id(request.user, organisation, pk)
    )


def _risk_form(request: HttpRequest, organisation, risk) -> HttpResponse:
    if not may_edit_risks(request.user, organisation.pk):
        return redirect("integrity:risks", organisation.slug)
    form = RiskForm(request.POST or None, risk=risk)
    if request.method == "POST" and form.is_valid():
        try:
            services.risk_save(
                actor=request.user, organisation=organisation, data=form.cleaned_data, risk=risk
            )
        except ValidationError as error:
            form_add_service_error(form, error)
        else:
            messages.success(request, _("The risk was saved."))
            return redirect("integrity:risks", organisation.slug)
    return render(
        request,
        "integrity/risks/risk_form.html",
        {"form": form, "organisation": organisation, "risk": risk},
    )


@roles_required(*STAFF_ROLES)
def register_xlsx(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = access_register_by_slug(request.user, slug)
    rows = services.risks_xlsx_rows(selectors.risks_of(organisation))
    return xlsx_response(
        f"{slugify(organisation.slug)}-corruption-risks.xlsx", "Risks", XLSX_HEADER, rows
    )
