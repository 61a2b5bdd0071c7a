from typing import Any

from django.contrib import admin
from django.http import HttpRequest
from modeltranslation.admin import TranslationAdmin

from .models import NewsItem, Page, ProjectText, Theme


class ReadOnlyAdmin(TranslationAdmin):
    """View only: portal content is edited from the site (/<lang>/manage/portal/),
    through services that write the audit log and protect edits from the
    content loader. The admin must not be a way around that."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(NewsItem)
class NewsItemAdmin(ReadOnlyAdmin):
    list_display = ("title", "status", "published_at", "updated_at")
    list_filter = ("status",)
    search_fields = ("title_lt", "title_en", "title_nb", "slug")


@admin.register(Page)
class PageAdmin(ReadOnlyAdmin):
    list_display = ("slug", "title", "updated_at")


@admin.register(Theme)
class ThemeAdmin(ReadOnlyAdmin):
    list_display = ("order", "title")


@admin.register(ProjectText)
class ProjectTextAdmin(ReadOnlyAdmin):
    list_display = ("key", "title", "updated_at")
