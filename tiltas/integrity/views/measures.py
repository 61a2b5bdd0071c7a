"""The measures catalogue and the public accountability pages: who adopted
which measure, how far they are, and the timeline with its evidence."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from tiltas.core.access import public
from tiltas.core.exports import csv_response
from tiltas.core.listing import listing_page
from tiltas.core.uploads import attachment_response

from .. import selectors, services
from ..forms import MeasureFilterForm
from ..models import AdoptionStatus
from ..permissions import (
    access_evidence_by_id,
    access_measure_by_slug,
    access_organisation_adoption_by_slug,
)

PAGE_SIZE = 20


@public
def measures(request: HttpRequest) -> HttpResponse:
    form = MeasureFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    rows = selectors.measures_public(
        kind=filters.get("kind", ""),
        area=filters.get("area", ""),
        origin=filters.get("origin", ""),
        effort=filters.get("effort", ""),
    )
    page, query = listing_page(request, rows, per_page=PAGE_SIZE)
    return render(
        request,
        "integrity/measures.html",
        {"form": form, "page": page, "query": query},
    )


@public
def measure(request: HttpRequest, slug: str) -> HttpResponse:
    found = access_measure_by_slug(request.user, slug)
    return render(
        request,
        "integrity/measure.html",
        {"measure": found, **selectors.measure_detail(found)},
    )


@public
def organisations(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "integrity/organisations.html",
        {"organisations": list(selectors.organisations_adopting())},
    )


@public
def organisation(request: HttpRequest, slug: str) -> HttpResponse:
    found = access_organisation_adoption_by_slug(request.user, slug)
    return render(
        request,
        "integrity/organisation.html",
        {
            "organisation": found,
            "adoptions": selectors.adoptions_of(found),
            "statuses": AdoptionStatus,
        },
    )


@public
def adoptions_csv(request: HttpRequest) -> HttpResponse:
    rows = services.adoptions_csv_rows(selectors.adoptions_all())
    return csv_response("tiltas-adoptions.csv", list(services.CSV_COLUMNS), rows)


@public
def evidence(request: HttpRequest, pk: int) -> HttpResponse:
    entry = access_evidence_by_id(request.user, pk)
    return attachment_response(
        entry.evidence, filename=entry.evidence_name or "evidence", content_type=entry.evidence_type
    )
