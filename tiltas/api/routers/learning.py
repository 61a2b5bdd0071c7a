"""Published programmes of the virtual learning environment."""

from decimal import Decimal

from django.http import HttpRequest
from ninja import Query, Router, Schema
from ninja.pagination import paginate

from tiltas.core.access import get_or_404
from tiltas.learning import selectors
from tiltas.learning.models import Activity

from ..links import page_url
from ..pagination import Page

router = Router(tags=["learning"])


class ProgrammeOut(Schema):
    slug: str
    title: str
    summary: str
    activity: str
    hours: Decimal | None
    language: str
    url: str

    @staticmethod
    def resolve_url(programme: object, context: dict) -> str:
        return page_url(context["request"], "learning:programme_detail", slug=programme.slug)


class ProgrammeFilters(Schema):
    activity: Activity | None = None


@router.get("/programmes", response=list[ProgrammeOut], url_name="programmes")
@paginate(Page)
def programmes(request: HttpRequest, filters: Query[ProgrammeFilters]) -> object:
    """Published programmes, by activity and title."""
    return selectors.programme_catalogue(activity=filters.activity or "")


@router.get("/programmes/{slug}", response=ProgrammeOut, url_name="programme")
def programme(request: HttpRequest, slug: str) -> object:
    return get_or_404(selectors.programme_catalogue(), slug=slug)
