"""Access functions: every portal object named in a URL is fetched here.
Each raises Http404 when the user may not see the object."""

from django.http import Http404

from tiltas.accounts.models import Visitor
from tiltas.core.access import get_or_404
from tiltas.core.roles import is_manager

from .models import NewsItem, NewsStatus, Page, ProjectText, Theme


def access_news_item_by_slug(user: Visitor, slug: str) -> NewsItem:
    """Published items for everyone; drafts only for those who edit news (a preview)."""
    items = NewsItem.objects.all()
    if not is_manager(user):
        items = items.filter(status=NewsStatus.PUBLISHED)
    return get_or_404(items, slug=slug)


def access_news_item_for_manage_by_id(user: Visitor, news_item_id: int) -> NewsItem:
    """Any item, drafts included, for editing: managers only."""
    if not is_manager(user):
        raise Http404
    return get_or_404(NewsItem.objects, pk=news_item_id)


def access_page_by_slug(user: Visitor, slug: str) -> Page:
    """Pages are public."""
    return get_or_404(Page.objects, slug=slug)


def access_page_for_manage_by_slug(user: Visitor, slug: str) -> Page:
    if not is_manager(user):
        raise Http404
    return access_page_by_slug(user, slug)


def access_theme_for_manage_by_id(user: Visitor, theme_id: int) -> Theme:
    if not is_manager(user):
        raise Http404
    return get_or_404(Theme.objects, pk=theme_id)


def access_project_text_for_manage_by_key(user: Visitor, key: str) -> ProjectText:
    if not is_manager(user):
        raise Http404
    return get_or_404(ProjectText.objects, key=key)
