"""Public pages: the catalogue, a programme's page and its material downloads."""

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.http import urlencode

from tiltas.core.access import public
from tiltas.core.public_cache import cache_public_page, shows

from .. import selectors, services
from ..models import Activity, Programme, Status
from ..permissions import (
    access_material_version_by_id,
    access_programme_by_slug,
    can_manage,
    is_enrolled,
)
from .files import titled_download

PAGE_SIZE = 12
#: Anonymous visitors share these pages until a programme or its materials
#: change (a write to a scope they show) or this many seconds pass.
PUBLIC_CACHE_SECONDS = 60


@public
@cache_public_page(timeout=PUBLIC_CACHE_SECONDS, query=("activity", "page"))
def catalogue(request: HttpRequest) -> HttpResponse:
    shows(Programme)
    activity = request.GET.get("activity", "")
    if activity not in Activity.values:
        activity = ""  # only the known codes filter; anything else shows all
    page = Paginator(selectors.programme_catalogue(activity=activity), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "learning/catalogue.html",
        {
            "page": page,
            "activity": activity,
            "activities": Activity.choices,
            "query": urlencode({"activity": activity}) if activity else "",
            # Signed-in pages are never cached: only they carry the person's marks.
            "marks": (
                selectors.catalogue_marks(request.user) if request.user.is_authenticated else {}
            ),
        },
    )


@public
@cache_public_page(timeout=PUBLIC_CACHE_SECONDS)
def programme_detail(request: HttpRequest, slug: str) -> HttpResponse:
    programme = access_programme_by_slug(request.user, slug)
    manager = can_manage(request.user, programme)
    events = selectors.programme_events(programme)
    shows(programme, *events)
    return render(
        request,
        "learning/programme_detail.html",
        {
            "programme": programme,
            "modules": selectors.programme_outline(programme),
            "competencies": selectors.programme_competencies(programme),
            "events": events,
            "trainers": list(programme.trainers.order_by("full_name")),
            "material_set": selectors.material_set_for(programme, include_drafts=manager),
            "enrolled": is_enrolled(request.user, programme),
            "can_manage": manager,
            "can_enrol": programme.status == Status.PUBLISHED and programme.enrolment_open,
        },
    )


@public
def material_download(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    programme = access_programme_by_slug(request.user, slug)
    version = access_material_version_by_id(request.user, programme, pk)
    response = titled_download(
        version.file, title=version.material.title, extension=version.extension
    )
    services.material_download_count(version=version)
    return response
