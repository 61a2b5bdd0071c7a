"""Reads of the good-practice library."""

from dataclasses import dataclass

from django.db.models import Count, Prefetch, QuerySet

from tiltas.accounts.models import User, Visitor

from ..models import Practice, PracticeComment, PracticeStatus, PracticeTag, PracticeUse
from ..permissions.practices import practices_readable
from .themes import theme_titles  # noqa: F401 - read as selectors.theme_titles


def practices_list(
    viewer: Visitor, *, theme: int | None = None, country: str = "", tag: str = ""
) -> QuerySet[Practice]:
    """Published practices the viewer may read, newest first, narrowed by the filters."""
    rows = practices_readable(viewer).filter(status=PracticeStatus.PUBLISHED)
    if theme:
        rows = rows.filter(theme=theme)
    if country:
        rows = rows.filter(country=country)
    if tag:
        rows = rows.filter(tags__slug=tag)
    return (
        rows.select_related("contact_organisation")
        .prefetch_related(Prefetch("tags", queryset=PracticeTag.objects.order_by("slug")))
        .annotate(use_count=Count("uses", distinct=True))
        .defer("problem", "solution", "results", "resources")
        .order_by("-published_at", "-pk")
    )


def practices_drafts(viewer: Visitor) -> QuerySet[Practice]:
    """The viewer's own drafts."""
    if not viewer.is_authenticated:
        return Practice.objects.none()
    return Practice.objects.filter(author_id=viewer.pk, status=PracticeStatus.DRAFT).order_by(
        "-updated_at"
    )


def tag_choices() -> list[tuple[str, str]]:
    """Tags of published practices, for the filter."""
    tags = PracticeTag.objects.filter(practices__status=PracticeStatus.PUBLISHED).distinct()
    return [(tag.slug, tag.name) for tag in tags.order_by("slug")]


@dataclass
class PracticePage:
    practice: Practice
    tags: list[PracticeTag]
    comments: list[PracticeComment]
    uses: list[PracticeUse]
    our_use: bool


def practice_page(viewer: Visitor, practice: Practice) -> PracticePage:
    """The practice with its tags, the organisations using it and, for members,
    the comments, in a fixed number of queries."""
    comments: list[PracticeComment] = []
    if viewer.is_authenticated:
        comments = list(practice.comments.select_related("author").order_by("created_at", "pk"))
    uses = list(practice.uses.select_related("organisation").order_by("organisation__name"))
    organisation_id = getattr(viewer, "organisation_id", None)
    return PracticePage(
        practice=practice,
        tags=list(practice.tags.order_by("slug")),
        comments=comments,
        uses=uses,
        our_use=any(use.organisation_id == organisation_id for use in uses),
    )


def practices_of_author(person: User) -> QuerySet[Practice]:
    return Practice.objects.filter(author=person).order_by("pk")


def practices_of_organisation(viewer: Visitor, organisation_id: int) -> QuerySet[Practice]:
    """Published practices the viewer may read whose contact is the organisation."""
    return (
        practices_readable(viewer)
        .filter(status=PracticeStatus.PUBLISHED, contact_organisation_id=organisation_id)
        .only("pk", "title")
        .order_by("-published_at", "-pk")
    )
