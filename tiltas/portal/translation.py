"""Content translation (django-modeltranslation): lt is required and the fallback."""

from modeltranslation.translator import TranslationOptions, register

from .models import NewsItem, Page, ProjectText, Theme


class RequiredLithuanian(TranslationOptions):
    required_languages = ("lt",)


@register(ProjectText)
class ProjectTextTranslation(RequiredLithuanian):
    fields = ("title", "body")


@register(Theme)
class ThemeTranslation(RequiredLithuanian):
    fields = ("title", "text")


@register(NewsItem)
class NewsItemTranslation(RequiredLithuanian):
    fields = ("title", "summary", "body")


@register(Page)
class PageTranslation(RequiredLithuanian):
    fields = ("title", "body")
