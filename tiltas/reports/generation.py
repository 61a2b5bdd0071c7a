"""Drawing a report in the background: the period's missing monthly snapshots
first (so a past period's figures are frozen before they are read), then the
PDF, the XLSX and the CSV, with the progress the coordinator's page shows."""

import logging
import secrets
from contextlib import suppress

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from tiltas.core.files import delete_on_commit, files_kept_on_success
from tiltas.indicators.services import snapshot_make

from .document import report_content
from .models import Report, ReportStatus
from .pdf import report_pdf
from .periods import Period
from .selectors import months_without_snapshot, period_figures
from .spreadsheets import report_csv, report_xlsx

logger = logging.getLogger(__name__)


def _progress(report: Report, percent: int) -> None:
    Report.objects.filter(pk=report.pk).update(status=ReportStatus.RUNNING, progress=percent)


def _fail(report: Report, step: str, error: Exception) -> None:
    logger.error("report %s failed while %s", report.pk, step, exc_info=error)
    with translation.override(report.language):
        message = _(
            "The report could not be prepared (%(step)s). Ask for it again; "
            "if it fails again, tell an administrator."
        ) % {"step": _(step)}
    Report.objects.filter(pk=report.pk).update(
        status=ReportStatus.FAILED, error=message[:300], finished_at=timezone.now()
    )


#: The steps, named for the coordinator when one fails (translated in ``_fail``).
FREEZING = gettext_noop("freezing the months' figures")
COUNTING = gettext_noop("reading the figures")
DRAWING = gettext_noop("drawing the files")
STORING = gettext_noop("storing the files")


def _freeze(report: Report, period: Period) -> None:
    for month in months_without_snapshot(period):
        # Made meanwhile by the scheduler or a coordinator: that one stands.
        with suppress(ValidationError):
            snapshot_make(month=month, actor=report.requested_by)


def _draw(report: Report, period: Period) -> tuple[bool, dict[str, bytes]] | None:
    step = FREEZING
    try:
        _freeze(report, period)
        _progress(report, 20)
        step = COUNTING
        figures = period_figures(period)
        with translation.override(report.language):
            content = report_content(period, report.language, figures)
            _progress(report, 40)
            step = DRAWING
            files = {"pdf": report_pdf(content)}
            _progress(report, 75)
            files["xlsx"] = report_xlsx(content)
            files["csv"] = report_csv(content)
    except Exception as error:
        _fail(report, step, error)
        return None
    return figures.from_snapshots, files


def report_generate(report_id: int) -> bool:
    """Draw and store one report's files; True when stored."""
    report = Report.objects.select_related("requested_by").filter(pk=report_id).first()
    if report is None or report.status == ReportStatus.READY:
        return False
    _progress(report, 5)
    period = Period(report.start, report.end)
    drawn = _draw(report, period)
    if drawn is None:
        return False
    from_snapshots, files = drawn
    try:
        with files_kept_on_success() as keep, transaction.atomic():
            locked = Report.objects.select_for_update().get(pk=report.pk)
            for kind, content in files.items():
                stored = getattr(locked, kind)
                delete_on_commit(stored)
                stored.save(f"{secrets.token_hex(16)}.{kind}", ContentFile(content), save=False)
                keep(stored)
            locked.status, locked.progress, locked.error = ReportStatus.READY, 100, ""
            locked.from_snapshots = from_snapshots
            locked.finished_at = timezone.now()
            locked.save()
    except Exception as error:
        _fail(report, STORING, error)
        return False
    return True
