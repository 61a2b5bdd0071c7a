"""The project's own content of the integrity app: the first version of the
transparency policy guide (activity 1.3.1). Idempotent: once the guide
exists, editors own it and loading again changes nothing."""

from django.db import transaction

from ..models import Chapter, Section
from ..services import guide_publish, guide_start
from .guide_text import CHANGE_LOG, CHAPTERS


def _fields(name: str, texts: dict[str, str]) -> dict[str, str]:
    return {f"{name}_{code}": text for code, text in texts.items()}


@transaction.atomic
def load_project() -> None:
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
