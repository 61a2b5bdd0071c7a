"""Writes of the results framework: manual values, the framework's texts and targets,
and the audit of exports."""

from collections.abc import Mapping
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.core.files import File
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from tiltas.accounts.models import User
from tiltas.core.audit import audit_record
from tiltas.core.files import files_kept_on_success
from tiltas.core.i18n import LANGUAGE_CODES
from tiltas.core.services import model_update

from . import selectors
from .models import Activity, Goal, Indicator, ManualValue, Objective, Snapshot

#: The texts coordinators edit from the site, per model; the first is required in Lithuanian.
FRAMEWORK_TEXTS: dict[type, tuple[str, ...]] = {
    Goal: ("title", "text"),
    Objective: ("title", "description"),
    Activity: ("title", "description"),
}


def manual_value_record(
    *,
    indicator: Indicator,
    value: Decimal,
    as_of: date,
    actor: User,
    evidence_file: File[bytes] | None = None,
    evidence_link: str = "",
    note: str = "",
) -> ManualValue:
    """Record a value with evidence for an indicator that allows manual values.

    ``evidence_file`` must already be checked (``tiltas.core.uploads.clean_document``)."""
    with files_kept_on_success() as keep, transaction.atomic():
        # Re-read inside the transaction: the flag may have changed since the form loaded.
        indicator = Indicator.objects.select_for_update().get(pk=indicator.pk)
        if not indicator.manual_allowed:
            raise ValidationError(
                _("This indicator is counted by the platform; values cannot be recorded by hand."),
                code="not_manual",
            )
        if value < 0:
            raise ValidationError({"value": _("The value cannot be negative.")}, code="negative")
        if as_of > timezone.localdate():
            raise ValidationError({"as_of": _("The date cannot be in the future.")}, code="future")
        if evidence_link and not evidence_link.lower().startswith("https://"):
            raise ValidationError(
                {"evidence_link": _("The link must start with https://.")}, code="https"
            )
        if evidence_file is None and not evidence_link:
            raise ValidationError(_("Attach an evidence file or give a link."), code="evidence")
        manual_value = ManualValue(
            indicator=indicator,
            value=value,
            as_of=as_of,
            evidence_link=evidence_link,
            note=note,
            recorded_by=actor,
        )
        if evidence_file is not None:
            manual_value.evidence_file.save(evidence_file.name or "", evidence_file, save=False)
            keep(manual_value.evidence_file)  # removed again if the row is rolled back
        manual_value.save()
        audit_record(
            actor=actor,
            action="indicators.value.recorded",
            obj=manual_value,
            changed_fields=["value", "as_of", "evidence_file", "evidence_link", "note"],
        )
    return manual_value


def framework_text_update(
    *, entry: Goal | Objective | Activity, actor: User, data: Mapping[str, Any]
) -> Goal | Objective | Activity:
    """Change the lt/en/nb texts of the goal, an objective or an activity. An empty
    translation is stored as NULL, so the Lithuanian text shows instead."""
    model = type(entry)
    fields = FRAMEWORK_TEXTS[model]
    allowed = {f"{field}_{code}" for field in fields for code in LANGUAGE_CODES}
    if unknown := set(data) - allowed:
        raise ValueError(f"Unexpected fields: {sorted(unknown)}")
    with transaction.atomic():
        locked = model._default_manager.select_for_update().get(pk=entry.pk)
        changed = model_update(locked, fields=sorted(allowed), data=data)
        required = f"{fields[0]}_lt"
        if not getattr(locked, required):
            raise ValidationError({required: _("The Lithuanian text is required.")})
        if changed:
            locked.save()
            audit_record(
                actor=actor,
                action=f"indicators.{model._meta.model_name}.updated",
                obj=locked,
                changed_fields=changed,
            )
    return locked


def framework_entry_save(
    *, entry: models.Model, actor: User, changed_fields: list[str], created: bool
) -> None:
    """Save a goal, objective, activity or indicator edited in the admin: the
    targets are what the donor is reported against, so every change is audited,
    and the cached public pages that show them are refreshed."""
    with transaction.atomic():
        entry.save()
        verb = "created" if created else "updated"
        audit_record(
            actor=actor,
            action=f"indicators.{entry._meta.model_name}.{verb}",
            obj=entry,
            changed_fields=changed_fields,
        )


def results_export_record(
    *, actor: User, file_format: str, start: date | None, end: date | None
) -> None:
    """Audit a donor export (SECURITY.md LG-1); anonymous downloads are kept with no actor.
    The entry names the format and whether a period was chosen (names, not values)."""
    changed = [file_format] + (["period"] if start or end else [])
    with transaction.atomic():
        audit_record(actor=actor, action="indicators.results.exported", changed_fields=changed)


def snapshot_make(*, month: date, actor: User | None, reason: str = "") -> Snapshot:
    """Freeze every indicator for a month that has ended and for the project up
    to its end. The month's first snapshot needs no reason; a later one corrects
    the month's current snapshot and must say why. Both stay."""
    first, _last = selectors.month_bounds(month)
    if first > timezone.localdate().replace(day=1) - timedelta(days=1):
        raise ValidationError(
            {"month": _("Only a month that has ended can be frozen.")}, code="month_not_ended"
        )
    reason = reason.strip()
    try:
        with transaction.atomic():
            current = (
                Snapshot.objects.select_for_update(of=("self",))
                .filter(month=first, correction__isnull=True)
                .first()
            )
            if current is not None and not reason:
                raise ValidationError(
                    {
                        "reason": _(
                            "This month already has a snapshot: say why it needs a correction."
                        )
                    },
                    code="reason_required",
                )
            snapshot = Snapshot(
                month=first,
                figures=selectors.snapshot_figures(first),
                corrects=current,
                reason=reason if current is not None else "",
                made_by=actor if actor is not None and actor.is_authenticated else None,
            )
            snapshot.save()
            audit_record(
                actor=actor,
                action="indicators.snapshot.corrected" if current else "indicators.snapshot.made",
                obj=snapshot,
                changed_fields=["month", "figures"] + (["reason"] if current else []),
            )
    except IntegrityError as error:
        # Someone else froze the month (or corrected it) at the same moment.
        raise ValidationError(
            _("A snapshot of this month was just made by someone else; look at it first."),
            code="concurrent",
        ) from error
    return snapshot


def snapshot_make_monthly() -> Snapshot | None:
    """The scheduler's job: the previous month's snapshot, once (None when it
    already has one, whoever made it)."""
    previous = timezone.localdate().replace(day=1) - timedelta(days=1)
    if Snapshot.objects.filter(month=previous.replace(day=1)).exists():
        return None
    try:
        return snapshot_make(month=previous, actor=None)
    except ValidationError:
        return None  # made meanwhile by a coordinator or another scheduler
