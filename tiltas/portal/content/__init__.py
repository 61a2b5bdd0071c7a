"""The portal's own content: the essence of the project, the six thematic
areas and the four pages, in lt (the description's original), en and nb.

The texts live as Markdown files in ``texts/`` (``<name>.<lang>.md``: the
first line is the title, the rest after a blank line is the body) and the
thematic areas in ``themes.py``.

Why not a plain ``update_or_create``: coordinators edit these texts from the
site, and running ``load_project`` again (every ``make run`` does) must not
undo their work. Each row remembers the ``content_version`` it was loaded
from and whether it was ``edited_at`` on the site. The loader creates what is
missing and refreshes a row only when it has never been edited and this
module ships a newer ``CONTENT_VERSION``; an edited row is left as it is.
Bump ``CONTENT_VERSION`` when these texts change.
"""

from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import models

from tiltas.core.public_cache import public_pages_changed

from ..models import Page, ProjectText, Theme
from .themes import THEMES

CONTENT_VERSION = 1
TEXTS_DIR = Path(__file__).resolve().parent / "texts"
LANGUAGE_CODES = tuple(code for code, _name in settings.LANGUAGES)


def read_text(name: str, language: str) -> tuple[str, str]:
    """The (title, body) of ``texts/<name>.<language>.md``."""
    source = (TEXTS_DIR / f"{name}.{language}.md").read_text(encoding="utf-8")
    title, _blank, body = source.partition("\n\n")
    return title.strip(), body.strip() + "\n"


def translated_text(name: str) -> dict[str, str]:
    values = {}
    for language in LANGUAGE_CODES:
        title, body = read_text(name, language)
        values[f"title_{language}"] = title
        values[f"body_{language}"] = body
    return values


def load(model: type[models.Model], lookup: dict[str, Any], values: dict[str, Any]) -> str:
    """Create the row, refresh it if untouched and outdated, or leave it; says which."""
    row: Any = model._default_manager.filter(**lookup).first()
    if row is None:
        model._default_manager.create(**lookup, **values, content_version=CONTENT_VERSION)
        return "created"
    if row.edited_at is None and row.content_version < CONTENT_VERSION:
        for name, value in values.items():
            setattr(row, name, value)
        row.content_version = CONTENT_VERSION
        row.save()
        return "updated"
    return "kept"


def load_project() -> None:
    for key in ProjectText.Key.values:
        load(ProjectText, {"key": key}, translated_text(key.replace("_", "-")))
    for order, theme in enumerate(THEMES, start=1):
        values = {
            f"{field}_{language}": theme[field][language]
            for field in ("title", "text")
            for language in LANGUAGE_CODES
        }
        load(Theme, {"order": order}, values)
    for slug in Page.Slug.values:
        load(Page, {"slug": slug}, translated_text(slug))
    public_pages_changed()
