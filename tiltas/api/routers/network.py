"""The social-clustering network as anyone signed out sees it: public clusters
and published public good practices. A private cluster, a members-only or
draft practice never appear, whoever asks (a session does not count here)."""

from datetime import datetime

from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest
from ninja import Query, Router, Schema
from ninja.pagination import paginate

from tiltas.accounts.models import Country
from tiltas.network.models import Cluster, Practice
from tiltas.network.permissions.practices import access_practice_by_id
from tiltas.network.selectors import clusters as cluster_selectors
from tiltas.network.selectors import practices as practice_selectors

from ..links import page_url
from ..pagination import Page

router = Router(tags=["network"])
#: Who the API reads the network as: nobody signed in.
VISITOR = AnonymousUser()


class ClusterOut(Schema):
    slug: str
    name: str
    description: str
    goal: str
    country: str
    region: str
    themes: list[int]
    members: int
    url: str

    @staticmethod
    def resolve_themes(cluster: Cluster) -> list[int]:
        return sorted(theme.theme for theme in cluster.themes.all())

    @staticmethod
    def resolve_members(cluster: Cluster) -> int:
        return cluster.member_count  # type: ignore[attr-defined]

    @staticmethod
    def resolve_url(cluster: Cluster, context: dict) -> str:
        return page_url(context["request"], "network:cluster", slug=cluster.slug)


class ThemeFilter(Schema):
    theme: int | None = None


@router.get("/clusters", response=list[ClusterOut], url_name="clusters")
@paginate(Page)
def clusters(request: HttpRequest, filters: Query[ThemeFilter]) -> object:
    """Public clusters, by name, with how many people take part."""
    return cluster_selectors.cluster_list(VISITOR, theme=filters.theme)


class PracticeOut(Schema):
    id: int
    title: str
    problem: str
    solution: str
    results: str
    resources: str
    theme: int
    country: str
    tags: list[str]
    contact_organisation: str | None
    published_at: datetime | None
    url: str

    @staticmethod
    def resolve_tags(practice: Practice) -> list[str]:
        return [tag.slug for tag in practice.tags.all()]

    @staticmethod
    def resolve_contact_organisation(practice: Practice) -> str | None:
        organisation = practice.contact_organisation
        return organisation.name if organisation else None

    @staticmethod
    def resolve_url(practice: Practice, context: dict) -> str:
        return page_url(context["request"], "network:practice", pk=practice.pk)


class PracticeFilters(Schema):
    theme: int | None = None
    country: Country | None = None
    tag: str = ""


@router.get("/practices", response=list[PracticeOut], url_name="practices")
@paginate(Page)
def practices(request: HttpRequest, filters: Query[PracticeFilters]) -> object:
    """Published public good practices, newest first."""
    return practice_selectors.practices_list(
        VISITOR, theme=filters.theme, country=filters.country or "", tag=filters.tag
    ).defer(None)


@router.get("/practices/{practice_id}", response=PracticeOut, url_name="practice")
def practice(request: HttpRequest, practice_id: int) -> Practice:
    return access_practice_by_id(VISITOR, practice_id)
