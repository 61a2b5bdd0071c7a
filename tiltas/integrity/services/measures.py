"""The measures catalogue, and organisations' adoption of measures: each
change to an adoption adds a step to its public timeline. Every write is audited."""

import csv
import io
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.dateparse import parse_date
from django.utils.translation import gettext as _

from tiltas.accounts.models import Organisation, User
from tiltas.core.audit import audit_record
from tiltas.core.i18n import translated_names
from tiltas.core.services import model_update
from tiltas.core.uploads import clean_document, display_name

from ..models import (
    Adoption,
    AdoptionEntry,
    AdoptionStatus,
    Measure,
    MeasureRiskArea,
)
from ..roles import is_editor, may_record_adoption

MEASURE_FIELDS = [
    "slug",
    "kind",
    "origin",
    "effort",
    "is_published",
    *translated_names("title", "description", "evidence", "resources"),
]
#: The columns of the adoption CSV, exported and imported alike.
CSV_COLUMNS = (
    "organisation",
    "measure",
    "status",
    "progress",
    "adopted_on",
    "target_on",
    "implemented_on",
    "responsible_role",
)


def _set_links(measure: Measure, data: Mapping[str, Any]) -> None:
    if "risk_areas" in data:
        wanted = set(data["risk_areas"])
        measure.risk_areas.exclude(area__in=wanted).delete()
        have = set(measure.risk_areas.values_list("area", flat=True))
        MeasureRiskArea.objects.bulk_create(
            MeasureRiskArea(measure=measure, area=area) for area in sorted(wanted - have)
        )
    if "programmes" in data:
        measure.programmes.set(data["programmes"])
    if "events" in data:
        measure.events.set(data["events"])


@transaction.atomic
def measure_save(
    *, actor: User | None, data: Mapping[str, Any], measure: Measure | None = None
) -> Measure:
    """Create a measure or change one; ``actor`` None is content being loaded."""
    if actor is not None and not is_editor(actor):
        raise PermissionDenied
    created = measure is None
    target = (
        Measure() if measure is None else Measure.objects.select_for_update().get(pk=measure.pk)
    )
    fields = {name: data[name] for name in MEASURE_FIELDS if name in data}
    changed = model_update(target, fields=MEASURE_FIELDS, data=fields)
    if Measure.objects.exclude(pk=target.pk).filter(slug=target.slug).exists():
        raise ValidationError({"slug": _("Another measure has this short name.")})
    target.save()
    _set_links(target, data)
    links = [name for name in ("risk_areas", "programmes", "events") if name in data]
    action = "integrity.measure.created" if created else "integrity.measure.updated"
    audit_record(actor=actor, action=action, obj=target, changed_fields=[*changed, *links])
    return target


def _check_dates(adoption: Adoption, *, on: date | None = None) -> None:
    errors: dict[str, str] = {}
    if adoption.progress is None or not 0 <= adoption.progress <= 100:
        errors["progress"] = _("Progress is a percentage from 0 to 100.")
    for name in ("target_on", "implemented_on"):
        value = getattr(adoption, name)
        if value is not None and value < adoption.adopted_on:
            errors[name] = _("This date cannot be before the measure was adopted.")
    if on is not None and on < adoption.adopted_on:
        errors["on"] = _("This date cannot be before the measure was adopted.")
    if errors:
        raise ValidationError(errors)


ADOPTION_FIELDS = [
    "status",
    "progress",
    "adopted_on",
    "target_on",
    "implemented_on",
    "responsible_role",
]


@transaction.atomic
def adoption_create(
    *, actor: User, organisation: Organisation, measure: Measure, data: Mapping[str, Any]
) -> Adoption:
    if not may_record_adoption(actor, organisation.pk):
        raise PermissionDenied
    adoption = Adoption(organisation=organisation, measure=measure)
    model_update(adoption, fields=ADOPTION_FIELDS, data=data)
    _check_dates(adoption)
    try:
        with transaction.atomic():
            adoption.save()
    except IntegrityError as error:
        raise ValidationError(
            {"measure": _("This organisation has already adopted this measure.")}
        ) from error
    AdoptionEntry.objects.create(
        adoption=adoption,
        on=adoption.adopted_on,
        status=adoption.status,
        progress=adoption.progress,
        note=str(data.get("note") or ""),
        author=actor,
    )
    audit_record(actor=actor, action="integrity.adoption.created", obj=adoption)
    return adoption


@transaction.atomic
def adoption_update(
    *,
    actor: User,
    adoption: Adoption,
    data: Mapping[str, Any],
    evidence: UploadedFile[bytes] | None = None,
) -> AdoptionEntry:
    """Record a step: the adoption's new status, progress and dates, what was
    done and its evidence, as one entry on the timeline."""
    if not may_record_adoption(actor, adoption.organisation_id):
        raise PermissionDenied
    locked = Adoption.objects.select_for_update().get(pk=adoption.pk)
    changed = model_update(locked, fields=ADOPTION_FIELDS, data=data)
    on = data.get("on") or timezone.localdate()
    _check_dates(locked, on=on)
    entry = AdoptionEntry(
        adoption=locked,
        on=on,
        status=locked.status,
        progress=locked.progress,
        note=str(data.get("note") or "").strip(),
        author=actor,
    )
    if evidence is not None:
        try:
            stored, mime = clean_document(evidence)
        except ValidationError as error:
            raise ValidationError({"evidence": error.messages}) from error
        entry.evidence.save(stored.name or "evidence", stored, save=False)
        entry.evidence_name = display_name(evidence.name or "")
        entry.evidence_type = mime
    locked.save()
    entry.save()
    audit_record(
        actor=actor, action="integrity.adoption.updated", obj=locked, changed_fields=changed
    )
    return entry


def adoptions_csv_rows(adoptions: Iterable[Adoption]) -> list[list[Any]]:
    return [
        [
            a.organisation.slug,
            a.measure.slug,
            a.status,
            a.progress,
            a.adopted_on.isoformat(),
            a.target_on.isoformat() if a.target_on else "",
            a.implemented_on.isoformat() if a.implemented_on else "",
            a.responsible_role,
        ]
        for a in adoptions
    ]


def _parse_row(
    row: dict[str, str],
    organisations: dict[str, Organisation],
    measures: dict[str, Measure],
) -> tuple[Adoption, list[str]]:
    problems = []
    organisation = organisations.get((row.get("organisation") or "").strip())
    measure = measures.get((row.get("measure") or "").strip())
    if organisation is None:
        problems.append(
            _("unknown organisation “%(value)s”") % {"value": row.get("organisation", "")}
        )
    if measure is None:
        problems.append(_("unknown measure “%(value)s”") % {"value": row.get("measure", "")})
    status = (row.get("status") or "").strip()
    if status not in AdoptionStatus.values:
        problems.append(_("unknown status “%(value)s”") % {"value": status})
    try:
        progress = int((row.get("progress") or "").strip())
    except ValueError:
        progress = -1
    if not 0 <= progress <= 100:
        problems.append(_("progress must be a whole number from 0 to 100"))
    dates: dict[str, date | None] = {}
    for name in ("adopted_on", "target_on", "implemented_on"):
        text = (row.get(name) or "").strip()
        try:
            dates[name] = parse_date(text) if text else None
        except ValueError:
            dates[name] = None
        if text and dates[name] is None:
            problems.append(_("%(column)s is not a date (YYYY-MM-DD)") % {"column": name})
    if dates["adopted_on"] is None and not problems:
        problems.append(_("adopted_on is required"))
    adoption = Adoption(
        organisation=organisation,
        measure=measure,
        status=status,
        progress=max(progress, 0),
        adopted_on=dates["adopted_on"] or timezone.localdate(),
        target_on=dates["target_on"],
        implemented_on=dates["implemented_on"],
        responsible_role=(row.get("responsible_role") or "").strip()[:150],
    )
    if not problems:
        try:
            _check_dates(adoption)
        except ValidationError as error:
            problems += [
                f"{name}: {' '.join(messages)}" for name, messages in error.message_dict.items()
            ]
    return adoption, problems


@transaction.atomic
def adoptions_import(*, actor: User, content: bytes) -> int:
    """Create or update adoptions from a CSV (the export's columns). Nothing is
    written unless every row is right: each bad line is named in the error."""
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValidationError(_("The file is not a UTF-8 CSV file.")) from error
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in CSV_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise ValidationError(
            _("The file lacks these columns: %(columns)s.") % {"columns": ", ".join(missing)}
        )
    organisations = {o.slug: o for o in Organisation.objects.all()}
    measures = {m.slug: m for m in Measure.objects.all()}
    parsed, errors, seen = [], [], set()
    for row in reader:
        line = reader.line_num
        adoption, problems = _parse_row(row, organisations, measures)
        if not problems and not may_record_adoption(actor, adoption.organisation_id):
            problems.append(_("you may not record this organisation's adoptions"))
        key = (adoption.organisation_id, adoption.measure_id)
        if not problems and key in seen:
            problems.append(_("the same organisation and measure appear on an earlier line"))
        seen.add(key)
        if problems:
            errors.append(
                _("Line %(line)s: %(problems)s.") % {"line": line, "problems": "; ".join(problems)}
            )
        parsed.append(adoption)
    if errors:
        raise ValidationError(errors)
    for adoption in parsed:
        existing = (
            Adoption.objects.select_for_update()
            .filter(organisation=adoption.organisation, measure=adoption.measure)
            .first()
        )
        target = existing or adoption
        if existing is not None:
            for name in ADOPTION_FIELDS:
                setattr(target, name, getattr(adoption, name))
        target.save()
        AdoptionEntry.objects.create(
            adoption=target,
            on=timezone.localdate() if existing else target.adopted_on,
            status=target.status,
            progress=target.progress,
            author=actor,
        )
        audit_record(actor=actor, action="integrity.adoption.imported", obj=target)
    return len(parsed)


def adoptions_erase_person(user: User) -> None:
    AdoptionEntry.objects.filter(author=user).update(author=None)
