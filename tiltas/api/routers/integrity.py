"""Transparency and anti-corruption: the published guide and the measures
catalogue with the organisations that adopted each measure."""

from datetime import date, datetime

from django.http import HttpRequest
from ninja import Query, Router, Schema
from ninja.pagination import paginate

from tiltas.core.access import get_or_404
from tiltas.integrity import selectors
from tiltas.integrity.models import (
    Adoption,
    Effort,
    GuideVersion,
    Measure,
    MeasureKind,
    Origin,
    RiskArea,
)

from ..links import page_url
from ..pagination import Page

router = Router(tags=["integrity"])


class GuideVersionOut(Schema):
    number: int
    change_log: str
    published_at: datetime
    url: str
    pdf_url: str

    @staticmethod
    def resolve_url(version: GuideVersion, context: dict) -> str:
        return page_url(context["request"], "integrity:version", number=version.number)

    @staticmethod
    def resolve_pdf_url(version: GuideVersion, context: dict) -> str:
        return page_url(context["request"], "integrity:version_pdf", number=version.number)


@router.get("/guide/versions", response=list[GuideVersionOut], url_name="guide_versions")
@paginate(Page)
def guide_versions(request: HttpRequest) -> object:
    """The published versions of the transparency policy guide, newest first."""
    guide = selectors.guide_current()
    return selectors.guide_versions(guide) if guide else GuideVersion.objects.none()


class MeasureOut(Schema):
    slug: str
    title: str
    description: str
    kind: str
    origin: str
    effort: str
    risk_areas: list[str]
    adopted_by: int
    url: str

    @staticmethod
    def resolve_risk_areas(measure: Measure) -> list[str]:
        return [row.area for row in measure.risk_areas.all()]

    @staticmethod
    def resolve_url(measure: Measure, context: dict) -> str:
        return page_url(context["request"], "integrity:measure", slug=measure.slug)


class MeasureFilters(Schema):
    kind: MeasureKind | None = None
    area: RiskArea | None = None
    origin: Origin | None = None
    effort: Effort | None = None


@router.get("/measures", response=list[MeasureOut], url_name="measures")
@paginate(Page)
def measures(request: HttpRequest, filters: Query[MeasureFilters]) -> object:
    """The published anti-corruption measures, with how many organisations adopted each."""
    return selectors.measures_public(
        kind=filters.kind or "",
        area=filters.area or "",
        origin=filters.origin or "",
        effort=filters.effort or "",
    )


class AdoptionOut(Schema):
    organisation: str
    country: str
    status: str
    progress: int
    adopted_on: date
    implemented_on: date | None

    @staticmethod
    def resolve_organisation(adoption: Adoption) -> str:
        return adoption.organisation.name

    @staticmethod
    def resolve_country(adoption: Adoption) -> str:
        return adoption.organisation.country


class MeasureDetailOut(MeasureOut):
    adoptions: list[AdoptionOut]

    @staticmethod
    def resolve_adoptions(measure: Measure) -> list[Adoption]:
        return selectors.measure_detail(measure)["adoptions"]


@router.get("/measures/{slug}", response=MeasureDetailOut, url_name="measure")
def measure(request: HttpRequest, slug: str) -> object:
    return get_or_404(selectors.measures_public(), slug=slug)
