"""Editing forms: every translatable field once per language (lt, en, nb),
grouped per language; Lithuanian is required wherever the model requires it."""

from tiltas.core.forms import TranslatedContentForm

from .models import NewsItem, Page, ProjectText, Theme


class NewsItemForm(TranslatedContentForm):
    model = NewsItem
    translated_fields = ("title", "summary", "body")
    textarea_rows = {"summary": 3, "body": 14}


class PageForm(TranslatedContentForm):
    model = Page
    translated_fields = ("title", "body")
    textarea_rows = {"body": 20}


class ThemeForm(TranslatedContentForm):
    model = Theme
    translated_fields = ("title", "text")
    textarea_rows = {"text": 4}


class ProjectTextForm(TranslatedContentForm):
    model = ProjectText
    translated_fields = ("title", "body")
    textarea_rows = {"body": 16}
