"""The project's own content of the integrity app: the first version of the
transparency policy guide (activity 1.3.1) and the first measures of the
catalogue. Idempotent: once loaded, editors own them and loading again
changes nothing."""

from django.db import transaction

from ..models import Chapter, Measure, Section
from ..services import guide_publish, guide_start, measure_save
from .guide_text import CHANGE_LOG, CHAPTERS
from .measures_text import MEASURES


def _fields(name: str, texts: dict[str, str]) -> dict[str, str]:
    return {f"{name}_{code}": text for code, text in texts.items()}


@transaction.atomic
def load_project() -> None:
    _load_measures()
    _load_guide()


def _load_measures() -> None:
    for item in MEASURES:
        if Measure.objects.filter(slug=item["slug"]).exists():
            continue  # the editors' own from now on
        measure_save(
            actor=None,
            data={
                "slug": item["slug"],
                "kind": item["kind"],
                "origin": item["origin"],
                "effort": item["effort"],
                "risk_areas": item["areas"],
                **_fields("title", item["title"]),
                **_fields("description", item["description"]),
                **_fields("evidence", item["evidence"]),
            },
        )


def _load_guide() -> None:
    guide = guide_start()
    if guide.versions.exists() or guide.chapters.exists():
        return  # the editors' own from now on
    for position, chapter_text in enumerate(CHAPTERS, start=1):
        chapter = Chapter.objects.create(
            guide=guide, position=position, **_fields("title", chapter_text["title"])
        )
        for s_position, section in enumerate(chapter_text["sections"], start=1):
            Section.objects.create(
                chapter=chapter,
                position=s_position,
                **_fields("title", section["title"]),
                **_fields("body", section["body"]),
            )
    guide_publish(guide=guide, actor=None, change_log=_fields("change_log", CHANGE_LOG))
