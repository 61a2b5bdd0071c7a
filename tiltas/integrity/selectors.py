"""Reads of the integrity app: the guide as published, its versions and the
differences between them, and the consultation."""

import difflib
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db.models import Avg, Count, Prefetch, Q, QuerySet
from django.urls import reverse

from tiltas.accounts.models import Organisation
from tiltas.core.text import render_markdown
from tiltas.events.models import EventStatus
from tiltas.learning.models import Status as ProgrammeStatus

from .models import (
    Adoption,
    AdoptionEntry,
    AdoptionStatus,
    Chapter,
    Comment,
    Guide,
    GuideState,
    GuideVersion,
    Measure,
    PdfStatus,
    Risk,
    Section,
    VersionPdf,
)
from .roles import is_publisher

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


# The measures catalogue and adoption


def measures_public(
    *, kind: str = "", area: str = "", origin: str = "", effort: str = ""
) -> QuerySet[Measure]:
    measures = Measure.objects.filter(is_published=True)
    if kind:
        measures = measures.filter(kind=kind)
    if area:
        measures = measures.filter(risk_areas__area=area)
    if origin:
        measures = measures.filter(origin=origin)
    if effort:
        measures = measures.filter(effort=effort)
    return (
        measures.annotate(adopted_by=Count("adoptions", distinct=True))
        .prefetch_related("risk_areas")
        .order_by("slug")
    )


def measure_detail(measure: Measure) -> dict[str, Any]:
    return {
        "areas": list(measure.risk_areas.all()),
        "programmes": list(measure.programmes.filter(status=ProgrammeStatus.PUBLISHED)),
        "events": list(measure.events.exclude(status=EventStatus.DRAFT)),
        "adoptions": list(
            measure.adoptions.select_related("organisation").order_by(
                "-progress", "organisation__name"
            )
        ),
    }


def organisations_adopting() -> QuerySet[Organisation]:
    return (
        Organisation.objects.filter(adoptions__isnull=False)
        .annotate(
            measures=Count("adoptions", distinct=True),
            average=Avg("adoptions__progress"),
        )
        .order_by("name")
    )


def adoptions_of(organisation: Organisation) -> list[Adoption]:
    entries = AdoptionEntry.objects.order_by("-on", "-id")
    return list(
        Adoption.objects.filter(organisation=organisation)
        .select_related("measure")
        .prefetch_related(Prefetch("entries", queryset=entries))
        .order_by("measure__slug")
    )


@dataclass(frozen=True)
class MeasureAdopted:
    """A measure an organisation adopted, as another app's page lists it."""

    title: str
    url: str
    status: str
    progress: int


def measures_adopted(*, organisation: Organisation) -> list[MeasureAdopted]:
    """The published measures the organisation adopted, for the network's
    organisation page (the ``network.organisation_measures`` slot)."""
    adoptions = (
        Adoption.objects.filter(organisation=organisation, measure__is_published=True)
        .select_related("measure")
        .order_by("measure__title", "measure__slug")
    )
    return [
        MeasureAdopted(
            title=adoption.measure.title,
            url=reverse("integrity:measure", kwargs={"slug": adoption.measure.slug}),
            status=adoption.get_status_display(),
            progress=adoption.progress,
        )
        for adoption in adoptions
    ]


def adoptions_for_manage(user: Any) -> QuerySet[Adoption]:
    adoptions = Adoption.objects.select_related("organisation", "measure").order_by(
        "organisation__name", "measure__slug"
    )
    if is_publisher(user):
        return adoptions
    return adoptions.filter(organisation_id=getattr(user, "organisation_id", None) or 0)


def adoptions_all() -> QuerySet[Adoption]:
    return Adoption.objects.select_related("organisation", "measure").order_by(
        "organisation__slug", "measure__slug"
    )


def results_context() -> dict[str, Any]:
    """Context figures for the results page (not donor targets): measures in
    the catalogue, and adoptions by status with the organisations behind them."""
    by_status = dict(
        Adoption.objects.values_list("status").annotate(n=Count("id")).values_list("status", "n")
    )
    return {
        "measures": Measure.objects.filter(is_published=True).count(),
        "organisations": Adoption.objects.values("organisation_id").distinct().count(),
        "adoptions": sum(by_status.values()),
        "by_status": [(label, by_status.get(value, 0)) for value, label in AdoptionStatus.choices],
    }


# The risk register


def risks_of(organisation: Organisation) -> list[Risk]:
    return list(
        Risk.objects.filter(organisation=organisation)
        .prefetch_related("measures")
        .order_by("-likelihood", "-impact", "id")
    )


def risk_heat_map(risks: list[Risk]) -> list[dict[str, Any]]:
    """Rows of the 5 by 5 map, likelihood 5 at the top: each cell's count and score."""
    counts: dict[tuple[int, int], int] = {}
    for risk in risks:
        key = (risk.likelihood, risk.impact)
        counts[key] = counts.get(key, 0) + 1
    return [
        {
            "likelihood": likelihood,
            "cells": [
                {"impact": impact, "count": counts.get((likelihood, impact), 0),
                 "level": _level(likelihood * impact)}
                for impact in range(1, 6)
            ],
        }
        for likelihood in range(5, 0, -1)
    ]  # fmt: skip


def _level(score: int) -> str:
    return "high" if score >= 15 else "medium" if score >= 6 else "low"


def organisations_with_registers(user: Any) -> QuerySet[Organisation]:
    """The organisations whose register ``user`` may open."""
    if is_publisher(user):
        return Organisation.objects.annotate(risk_count=Count("risks")).order_by("name")
    return Organisation.objects.filter(pk=getattr(user, "organisation_id", None) or 0).annotate(
        risk_count=Count("risks")
    )


def guide_pdfs_for_period(start: date, end: date) -> list[VersionPdf]:
    """The drawn PDFs of the guide versions published in the period or, when
    none was, of the version in force at its end."""
    pdfs = VersionPdf.objects.filter(status=PdfStatus.READY).select_related("version")
    published = pdfs.filter(
        version__published_at__date__gte=start, version__published_at__date__lte=end
    )
    if published.exists():
        return list(published.order_by("version__number", "language"))
    in_force = GuideVersion.objects.filter(published_at__date__lte=end).order_by("-number").first()
    if in_force is None:
        return []
    return list(pdfs.filter(version=in_force).order_by("language"))
