"""The network's public directory of organisations and their pages: their
people, clusters, events attended, good practices and measures adopted."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from tiltas.accounts.models import Organisation
from tiltas.core.access import public
from tiltas.core.listing import listing_page
from tiltas.core.public_cache import cache_public_page, shows

from .. import selectors
from ..apps import DIRECTORY_PEOPLE
from ..forms import DirectoryFilterForm
from ..permissions import access_organisation_by_slug
from ..selectors.follows import follows
from ..selectors.people import organisation_people
from ..selectors.practices import practices_of_organisation

PAGE_SIZE = 25
#: Anonymous visitors share the directory until an organisation or a person
#: changes (a write to a scope it shows) or this many seconds pass.
PUBLIC_CACHE_SECONDS = 60
DIRECTORY_QUERY = ("country", "region", "type", "page")


@public
@cache_public_page(timeout=PUBLIC_CACHE_SECONDS, query=DIRECTORY_QUERY)
def directory(request: HttpRequest) -> HttpResponse:
    shows(Organisation, DIRECTORY_PEOPLE)
    form = DirectoryFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    rows = selectors.organisations_directory(
        country=filters.get("country", ""),
        region=filters.get("region", ""),
        type=filters.get("type", ""),
    )
    page, query = listing_page(request, rows, per_page=PAGE_SIZE)
    page.object_list = selectors.people_counted(list(page.object_list))
    return render(
        request,
        "network/directory.html",
        {"form": form, "page": page, "query": query},
    )


@public
def organisation(request: HttpRequest, slug: str) -> HttpResponse:
    found = access_organisation_by_slug(request.user, slug)
    context = {
        "organisation": found,
        "following": follows(request.user, organisation=found),
        "people": organisation_people(request.user, found),
        "clusters": selectors.organisation_clusters(request.user, found),
        "events": selectors.organisation_events(found),
        "measures": selectors.organisation_measures(found),
        "practices": practices_of_organisation(request.user, found.pk),
    }
    return render(request, "network/organisation.html", context)
