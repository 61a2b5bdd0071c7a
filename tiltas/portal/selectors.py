"""Reads of the portal."""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import QuerySet

from tiltas.accounts.models import Organisation, ProjectRole
from tiltas.accounts.selectors import organisation_list_by_project_role
from tiltas.events import selectors as event_selectors
from tiltas.events.models import Event, EventStatus
from tiltas.indicators.models import Objective
from tiltas.indicators.selectors import IndicatorProgress

from .models import NewsItem, NewsStatus, Page, ProjectText, Theme

NEWS_PER_PAGE = 10
HOME_NEWS_COUNT = 3
HOME_EVENTS_COUNT = 3
FEED_NEWS_COUNT = 20


def project_text_get(*, key: str) -> ProjectText | None:
    return ProjectText.objects.filter(key=key).first()


def project_text_list() -> QuerySet[ProjectText]:
    return ProjectText.objects.order_by("key")


def theme_list() -> QuerySet[Theme]:
    return Theme.objects.order_by("order")


def theme_titles() -> dict[int, str]:
    """The six thematic areas' titles in the current language, by position
    (the ``portal.theme_titles`` slot: lower apps store a theme as its position)."""
    return {theme.order: theme.title for theme in Theme.objects.order_by("order")}


def page_list() -> QuerySet[Page]:
    return Page.objects.order_by("slug")


def news_published_list() -> QuerySet[NewsItem]:
    """Published items, newest first (served by the ``portal_news_public_idx`` index)."""
    return (
        NewsItem.objects.filter(status=NewsStatus.PUBLISHED)
        .defer("body", "body_lt", "body_en", "body_nb")
        .order_by("-published_at", "-id")
    )


def news_latest(*, count: int = HOME_NEWS_COUNT) -> list[NewsItem]:
    return list(news_published_list()[:count])


def news_manage_list() -> QuerySet[NewsItem]:
    """Every item for coordinators: drafts first, then newest."""
    return NewsItem.objects.defer("body", "body_lt", "body_en", "body_nb").order_by(
        "status", "-published_at", "-created_at", "-id"
    )


@dataclass(frozen=True)
class Partners:
    applicants: list[Organisation]
    partners: list[Organisation]


def partner_list() -> Partners:
    """The project applicant (promoter) and the partners, by name (one query)."""
    organisations = list(organisation_list_by_project_role())
    return Partners(
        applicants=[o for o in organisations if o.project_role == ProjectRole.APPLICANT],
        partners=[o for o in organisations if o.project_role == ProjectRole.PARTNER],
    )


@dataclass
class ObjectiveReached:
    """How far one objective is, for the home page: the mean of its counted
    indicators' share of their targets, each capped at 100 %."""

    objective: Objective
    #: None while none of its indicators is counted.
    percentage: Decimal | None
    counted: int


def objectives_reached(
    objectives: Iterable[Objective], progress: Iterable[IndicatorProgress]
) -> list[ObjectiveReached]:
    shares: dict[int, list[Decimal]] = defaultdict(list)
    for item in progress:
        if item.percentage is not None:
            shares[item.indicator.activity.objective_id].append(min(Decimal(100), item.percentage))
    reached = []
    for objective in objectives:
        counted = shares.get(objective.pk, [])
        mean = (sum(counted, Decimal(0)) / len(counted)).quantize(Decimal(1)) if counted else None
        reached.append(ObjectiveReached(objective=objective, percentage=mean, counted=len(counted)))
    return reached


def events_next(*, count: int = HOME_EVENTS_COUNT) -> list[Event]:
    """The next events open to the public (not drafts, not cancelled, not over)."""
    upcoming = event_selectors.events_public().filter(status=EventStatus.PUBLISHED)
    return list(upcoming[:count])
