"""Reads of the integrity app: the guide as published, its versions and the
differences between them, and the consultation."""

import difflib
from dataclasses import dataclass
from typing import Any

from django.db.models import Count, Prefetch, Q, QuerySet

from tiltas.core.text import render_markdown

from .models import Chapter, Comment, Guide, GuideState, GuideVersion, PdfStatus, Section

#: The guide of activity 1.3.1, loaded as the project's content.
GUIDE_SLUG = "transparency-policy"


def guide_current() -> Guide | None:
    return Guide.objects.filter(slug=GUIDE_SLUG).first()


def guide_versions(guide: Guide) -> QuerySet[GuideVersion]:
    return guide.versions.select_related("published_by").order_by("-number")


def version_latest(guide: Guide) -> GuideVersion | None:
    return guide.versions.order_by("-number").first()


def version_chapters(version: GuideVersion, language: str) -> list[dict[str, Any]]:
    """The version's chapters with each section's text rendered, numbered and
    given anchors for the table of contents."""
    return [
        {
            "number": index,
            "anchor": f"chapter-{index}",
            "title": chapter["title"],
            "sections": [
                {
                    "number": f"{index}.{s_index}",
                    "anchor": f"section-{index}-{s_index}",
                    "title": section["title"],
                    "html": render_markdown(section["body"]),
                }
                for s_index, section in enumerate(chapter["sections"], start=1)
            ],
        }
        for index, chapter in enumerate(version.chapters(language), start=1)
    ]


def version_pdf_ready(version: GuideVersion, language: str) -> bool:
    return version.pdfs.filter(language=language, status=PdfStatus.READY).exists()


def _lines(version: GuideVersion, language: str) -> list[str]:
    lines = []
    for index, chapter in enumerate(version.chapters(language), start=1):
        lines.append(f"{index}. {chapter['title']}")
        for s_index, section in enumerate(chapter["sections"], start=1):
            lines.append(f"{index}.{s_index}. {section['title']}")
            lines += [line for line in section["body"].splitlines() if line.strip()]
    return lines


@dataclass(frozen=True)
class DiffLine:
    kind: str  # "same", "added" or "removed"
    text: str


def version_diff(old: GuideVersion, new: GuideVersion, language: str) -> list[list[DiffLine]]:
    """What changed from ``old`` to ``new`` in ``language``: groups of lines,
    each with up to two unchanged lines around the change."""
    before, after = _lines(old, language), _lines(new, language)
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    hunks = []
    for group in matcher.get_grouped_opcodes(2):
        hunk = []
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                hunk += [DiffLine("same", line) for line in before[i1:i2]]
                continue
            hunk += [DiffLine("removed", line) for line in before[i1:i2]]
            hunk += [DiffLine("added", line) for line in after[j1:j2]]
        hunks.append(hunk)
    return hunks


def guide_working_text(guide: Guide, *, with_comments: bool = False) -> list[Chapter]:
    """The working text (chapters and sections), with each section's comments
    of the current consultation round and their authors when asked."""
    sections = Section.objects.order_by("position", "id")
    if with_comments:
        from .services import consultation_round

        comments = Comment.objects.filter(round=consultation_round(guide)).select_related(
            "author", "answered_by"
        )
        sections = sections.prefetch_related(Prefetch("comments", queryset=comments))
    else:
        sections = sections.annotate(open_comments=Count("comments", filter=Q(comments__answer="")))
    return list(guide.chapters.prefetch_related(Prefetch("sections", queryset=sections)))


def comments_unanswered(guide: Guide) -> QuerySet[Comment]:
    return (
        Comment.objects.filter(section__chapter__guide=guide, answer="")
        .select_related("author", "section__chapter")
        .order_by("created_at")
    )


def guide_in_consultation(guide: Guide | None) -> bool:
    return guide is not None and guide.state == GuideState.CONSULTATION
