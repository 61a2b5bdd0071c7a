"""The project's news."""

from datetime import datetime

from django.http import HttpRequest
from ninja import Router, Schema
from ninja.pagination import paginate

from tiltas.core.access import get_or_404
from tiltas.portal import selectors
from tiltas.portal.models import NewsItem

from ..links import page_url
from ..pagination import Page

router = Router(tags=["news"])


class NewsOut(Schema):
    slug: str
    title: str
    summary: str
    published_at: datetime
    url: str

    @staticmethod
    def resolve_url(item: NewsItem, context: dict) -> str:
        return page_url(context["request"], "portal:news_detail", slug=item.slug)


@router.get("/news", response=list[NewsOut], url_name="news")
@paginate(Page)
def news(request: HttpRequest) -> object:
    """Published news, newest first."""
    return selectors.news_published_list()


@router.get("/news/{slug}", response=NewsOut, url_name="news_item")
def news_item(request: HttpRequest, slug: str) -> object:
    return get_or_404(selectors.news_published_list(), slug=slug)
