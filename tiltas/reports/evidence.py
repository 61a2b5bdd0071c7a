"""The evidence behind a period's figures, as a list the report prints: held
events (their attendance sheets), held study visits (report and files), guide
versions published and certificates issued. Read through the apps' selectors."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from tiltas.credentials.selectors import certificates_issued
from tiltas.events.models import EventStatus, VisitStatus
from tiltas.events.selectors import events_for_manage, visits_for_manage
from tiltas.integrity.selectors import guide_current, guide_versions


@dataclass(frozen=True)
class EvidenceItem:
    kind: str
    title: str
    on: date | None
    detail: str


def _moment(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


def _events(start: date, end: date) -> list[EvidenceItem]:
    events = events_for_manage(past=True).filter(
        status=EventStatus.HELD,
        starts_at__gte=_moment(start),
        starts_at__lt=_moment(end + timedelta(days=1)),
    )
    return [
        EvidenceItem(
            kind=_("Event held"),
            title=event.title,
            on=event.local_starts_at.date(),
            detail=ngettext(
                "Attendance sheet for %(days)d day (PDF)",
                "Attendance sheets for %(days)d days (PDF)",
                len(event.days),
            )
            % {"days": len(event.days)},
        )
        for event in events.order_by("starts_at")
    ]


def _visits(start: date, end: date) -> list[EvidenceItem]:
    visits = (
        visits_for_manage()
        .filter(status=VisitStatus.HELD, start_date__gte=start, start_date__lte=end)
        .annotate(file_count=Count("files", distinct=True))
        .order_by("start_date", "id")
    )
    items = []
    for visit in visits:
        parts = [_("delegation list")]
        if visit.report:
            parts.append(_("report"))
        if visit.file_count:
            parts.append(
                ngettext("%(count)d file", "%(count)d files", visit.file_count)
                % {"count": visit.file_count}
            )
        items.append(
            EvidenceItem(
                kind=_("Study visit held"),
                title=visit.title,
                on=visit.start_date,
                detail=", ".join(str(part) for part in parts),
            )
        )
    return items


def _guide(start: date, end: date) -> list[EvidenceItem]:
    guide = guide_current()
    if guide is None:
        return []
    versions = guide_versions(guide).filter(
        published_at__gte=_moment(start), published_at__lt=_moment(end + timedelta(days=1))
    )
    return [
        EvidenceItem(
            kind=_("Guide version published"),
            title=guide.title,
            on=timezone.localtime(version.published_at).date(),
            detail=_("Version %(number)d (PDF)") % {"number": version.number},
        )
        for version in versions.order_by("number")
    ]


def _certificates(start: date, end: date) -> list[EvidenceItem]:
    total = sum(group.total for group in certificates_issued(start=start, end=end))
    if not total:
        return []
    return [
        EvidenceItem(
            kind=_("Certificates issued"),
            title=ngettext("%(count)d certificate", "%(count)d certificates", total)
            % {"count": total},
            on=None,
            detail=_("Each can be checked on the public verification page."),
        )
    ]


def evidence_items(start: date, end: date) -> list[EvidenceItem]:
    """Every piece of evidence available for the period from ``start`` to ``end``."""
    return [
        *_events(start, end),
        *_visits(start, end),
        *_guide(start, end),
        *_certificates(start, end),
    ]
