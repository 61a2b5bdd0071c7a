"""Writes of donor reports: asking for one (drawn by a background task), the
narratives per period and activity, and the audit of downloads."""

from collections.abc import Mapping
from functools import partial

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from tiltas.accounts.models import User
from tiltas.core.audit import audit_record
from tiltas.core.i18n import LANGUAGE_CODES
from tiltas.indicators.models import Activity

from .models import Narrative, Report
from .periods import Period
from .tasks import generate_report


def report_request(*, actor: User, period: Period, language: str) -> Report:
    """A report for ``period`` in ``language``, queued to be drawn."""
    if language not in LANGUAGE_CODES:
        raise ValidationError({"language": _("Choose one of the languages offered.")})
    if period.start > timezone.localdate():
        raise ValidationError(_("A report cannot be made for a period that has not begun."))
    with transaction.atomic():
        report = Report.objects.create(
            start=period.start, end=period.end, language=language, requested_by=actor
        )
        audit_record(
            actor=actor,
            action="reports.report.requested",
            obj=report,
            changed_fields=["start", "end", "language"],
        )
        transaction.on_commit(partial(generate_report.enqueue, report.pk))
    return report


def narratives_save(*, actor: User, period: Period, texts: Mapping[tuple[int, str], str]) -> int:
    """Save the period's narratives, ``(activity id, language) → text``; an
    emptied text removes the narrative. Returns how many changed."""
    changed = 0
    with transaction.atomic():
        activities = Activity.objects.in_bulk({activity_id for activity_id, _lang in texts})
        existing = {
            (narrative.activity_id, narrative.language): narrative
            for narrative in Narrative.objects.select_for_update().filter(
                start=period.start, end=period.end
            )
        }
        for (activity_id, language), raw in texts.items():
            text = raw.strip()
            narrative = existing.get((activity_id, language))
            if activity_id not in activities or language not in LANGUAGE_CODES:
                continue
            if narrative is not None and narrative.text == text:
                continue
            if narrative is None and not text:
                continue
            if not text and narrative is not None:
                audit_record(actor=actor, action="reports.narrative.removed", obj=narrative)
                narrative.delete()
            elif narrative is None:
                narrative = Narrative.objects.create(
                    start=period.start,
                    end=period.end,
                    activity=activities[activity_id],
                    language=language,
                    text=text,
                    updated_by=actor,
                )
                audit_record(
                    actor=actor,
                    action="reports.narrative.written",
                    obj=narrative,
                    changed_fields=["text"],
                )
            else:
                narrative.text, narrative.updated_by = text, actor
                narrative.updated_at = timezone.now()
                narrative.save(update_fields=["text", "updated_by", "updated_at"])
                audit_record(
                    actor=actor,
                    action="reports.narrative.changed",
                    obj=narrative,
                    changed_fields=["text"],
                )
            changed += 1
    return changed


def report_download_record(*, actor: User, report: Report, file_format: str) -> None:
    """Audit a report leaving the platform (SECURITY.md LG-1)."""
    audit_record(
        actor=actor,
        action="reports.report.downloaded",
        obj=report,
        changed_fields=[file_format],
    )
