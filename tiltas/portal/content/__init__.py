"""The portal's own content: the essence of the project, the six thematic
areas and the four pages, in lt (the description's original), en and nb.

The texts live as Markdown files in ``texts/`` (``<name>.<lang>.md``: the
first line is the title, the rest after a blank line is the body) and the
thematic areas in ``themes.py``.

Coordinators edit these texts from the site, and running ``load_project``
again (every ``make run`` does) must not undo their work: the loader
(``tiltas.core.content``) creates what is missing, brings what nobody edited
up to date with these files, and keeps what a coordinator wrote.
"""

from pathlib import Path

from tiltas.core.content import content_load
from tiltas.core.i18n import LANGUAGE_CODES

from ..models import Page, ProjectText, Theme
from .themes import THEMES

TEXTS_DIR = Path(__file__).resolve().parent / "texts"


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


def load_project() -> None:
    for key in ProjectText.Key.values:
        content_load(
            ProjectText, lookup={"key": key}, defaults=translated_text(key.replace("_", "-"))
        )
    for order, theme in enumerate(THEMES, start=1):
        values = {
            f"{field}_{language}": theme[field][language]
            for field in ("title", "text")
            for language in LANGUAGE_CODES
        }
        content_load(Theme, lookup={"order": order}, defaults=values)
    for slug in Page.Slug.values:
        content_load(Page, lookup={"slug": slug}, defaults=translated_text(slug))
