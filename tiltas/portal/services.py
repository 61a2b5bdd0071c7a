"""Writes of the portal: news, pages, themes and project texts. Each runs in a
transaction and leaves an audit entry."""

from collections.abc import Mapping
from typing import Any

from django.db import models, transaction
from django.utils import timezone
from django.utils.text import slugify

from tiltas.accounts.models import User
from tiltas.core.audit import audit_record
from tiltas.core.i18n import LANGUAGE_CODES, translated_names
from tiltas.core.services import model_update

from .models import EditableContent, NewsItem, NewsStatus, Page, ProjectText, Theme

NEWS_FIELDS = frozenset(translated_names("title", "summary", "body"))
PAGE_FIELDS = frozenset(translated_names("title", "body"))
THEME_FIELDS = frozenset(translated_names("title", "text"))
PROJECT_TEXT_FIELDS = frozenset(translated_names("title", "body"))


def _check(instance: models.Model) -> None:
    """Model validation: lengths, and the Lithuanian text that is required."""
    instance.full_clean()


def _unique_slug(title: str) -> str:
    base = slugify(title)[:100].strip("-") or "news"
    slug, number = base, 2
    while NewsItem.objects.filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


@transaction.atomic
def news_create(*, actor: User, data: Mapping[str, Any]) -> NewsItem:
    """A new draft; its address comes from the Lithuanian title and never changes."""
    item = NewsItem(author=actor, status=NewsStatus.DRAFT)
    changed = model_update(item, data=data, fields=NEWS_FIELDS, strict=True)
    item.slug = _unique_slug(str(data.get("title_lt") or ""))
    _check(item)
    item.save()
    audit_record(actor=actor, action="portal.news.created", obj=item, changed_fields=changed)
    return item


@transaction.atomic
def news_update(*, news_item: NewsItem, actor: User, data: Mapping[str, Any]) -> NewsItem:
    item = NewsItem.objects.select_for_update().get(pk=news_item.pk)
    changed = model_update(item, data=data, fields=NEWS_FIELDS, strict=True)
    _check(item)
    if changed:
        item.save()
        audit_record(actor=actor, action="portal.news.updated", obj=item, changed_fields=changed)
    return item


@transaction.atomic
def news_publish(*, news_item: NewsItem, actor: User) -> NewsItem:
    """Publish a draft. The first publication time is kept when an item is
    unpublished and published again, so its place in the list stays stable."""
    item = NewsItem.objects.select_for_update().get(pk=news_item.pk)
    if item.status == NewsStatus.PUBLISHED:
        return item
    _check(item)
    item.status = NewsStatus.PUBLISHED
    changed = ["status"]
    if item.published_at is None:
        item.published_at = timezone.now()
        changed.append("published_at")
    item.save()
    audit_record(actor=actor, action="portal.news.published", obj=item, changed_fields=changed)
    return item


@transaction.atomic
def news_unpublish(*, news_item: NewsItem, actor: User) -> NewsItem:
    item = NewsItem.objects.select_for_update().get(pk=news_item.pk)
    if item.status == NewsStatus.DRAFT:
        return item
    item.status = NewsStatus.DRAFT
    item.save()
    audit_record(actor=actor, action="portal.news.unpublished", obj=item, changed_fields=["status"])
    return item


def _edit_content[C: EditableContent](
    *,
    instance: C,
    actor: User,
    data: Mapping[str, Any],
    allowed: frozenset[str],
    action: str,
) -> C:
    locked: C = type(instance)._default_manager.select_for_update().get(pk=instance.pk)
    changed = model_update(locked, data=data, fields=allowed, strict=True)
    _check(locked)
    if changed:
        # Shown on the management page; load_project() keeps the edit in any case.
        locked.edited_at = timezone.now()
        locked.save()
        audit_record(actor=actor, action=action, obj=locked, changed_fields=changed)
    return locked


@transaction.atomic
def page_update(*, page: Page, actor: User, data: Mapping[str, Any]) -> Page:
    return _edit_content(
        instance=page, actor=actor, data=data, allowed=PAGE_FIELDS, action="portal.page.updated"
    )


@transaction.atomic
def theme_update(*, theme: Theme, actor: User, data: Mapping[str, Any]) -> Theme:
    return _edit_content(
        instance=theme, actor=actor, data=data, allowed=THEME_FIELDS, action="portal.theme.updated"
    )


@transaction.atomic
def project_text_update(
    *, project_text: ProjectText, actor: User, data: Mapping[str, Any]
) -> ProjectText:
    return _edit_content(
        instance=project_text,
        actor=actor,
        data=data,
        allowed=PROJECT_TEXT_FIELDS,
        action="portal.project_text.updated",
    )


# --- Personal data (registered in apps.py) -------------------------------------


def author_data_export(user: User) -> list[dict[str, Any]]:
    """The news items a person wrote (only the facts that tie them to the person)."""
    return [
        {
            "slug": item.slug,
            **{f"title_{code}": getattr(item, f"title_{code}") for code in LANGUAGE_CODES},
            "status": item.status,
            "created_at": item.created_at.isoformat(),
            "published_at": item.published_at.isoformat() if item.published_at else None,
        }
        for item in NewsItem.objects.filter(author=user).order_by("created_at")
    ]


def author_data_erase(user: User) -> None:
    # News belongs to the project: the items stay, without their author.
    NewsItem.objects.filter(author=user).update(author=None)
