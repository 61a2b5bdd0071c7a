"""Access functions: every portal object named in a URL is fetched here.
Each raises Http404 when the user may not see the object."""

from typing import Any

from django.http import Http404

from tiltas.core.access import MANAGERS

from .models import NewsItem, NewsStatus, Page, ProjectText, Theme


def may_manage_portal(user: Any) -> bool:
    return bool(getattr(user, "is_authenticated", False) and user.has_role(*MANAGERS))


def access_news_item_by_slug(user: Any, slug: str) -> NewsItem:
    """Published items for everyone; drafts only for those who edit news (a preview)."""
    items = NewsItem.objects.all()
    if not may_manage_portal(user):
        items = items.filter(status=NewsStatus.PUBLISHED)
    try:
        return items.get(slug=slug)
    except NewsItem.DoesNotExist as exc:
        raise Http404 from exc


def access_news_item_by_id(user: Any, news_item_id: int) -> NewsItem:
    """Any item, drafts included, for editing: managers only."""
    if not may_manage_portal(user):
        raise Http404
    try:
        return NewsItem.objects.get(pk=news_item_id)
    except NewsItem.DoesNotExist as exc:
        raise Http404 from exc


def access_page_by_slug(user: Any, slug: str) -> Page:
    """Pages are public."""
    try:
        return Page.objects.get(slug=slug)
    except Page.DoesNotExist as exc:
        raise Http404 from exc


def access_page_for_edit_by_slug(user: Any, slug: str) -> Page:
    if not may_manage_portal(user):
        raise Http404
    return access_page_by_slug(user, slug)


def access_theme_by_id(user: Any, theme_id: int) -> Theme:
    if not may_manage_portal(user):
        raise Http404
    try:
        return Theme.objects.get(pk=theme_id)
    except Theme.DoesNotExist as exc:
        raise Http404 from exc


def access_project_text_by_key(user: Any, key: str) -> ProjectText:
    if not may_manage_portal(user):
        raise Http404
    try:
        return ProjectText.objects.get(key=key)
    except ProjectText.DoesNotExist as exc:
        raise Http404 from exc
