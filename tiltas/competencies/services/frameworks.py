"""Framework versions, their areas, competencies and descriptors, and the CSV import."""

from collections.abc import Mapping
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from tiltas.accounts.models import User
from tiltas.core.audit import audit_record
from tiltas.core.i18n import LANGUAGE_CODES, translated_names
from tiltas.core.services import model_update

from ..csvio import parse_framework_csv
from ..models import (
    Area,
    Competency,
    Framework,
    FrameworkStatus,
    LevelDescriptor,
    ProficiencyLevel,
    TargetLevel,
)
from .base import (
    DEFAULT_LEVELS,
    FRAMEWORK_FIELDS,
    TEXT_FIELDS,
    level_numbers,
    locked_draft,
    reloaded,
    require_draft,
)

# --- Frameworks ---------------------------------------------------------------


AREA_FIELDS = ["code", "order", *translated_names(*TEXT_FIELDS)]
COMPETENCY_FIELDS = ["area", *AREA_FIELDS]


@transaction.atomic
def framework_create(*, actor: User, slug: str, data: Mapping[str, Any]) -> Framework:
    """A new, empty draft (version 1 of a new slug) with the default four-level scale."""
    if Framework.objects.filter(slug=slug).exists():
        raise ValidationError(_("A framework with this short name exists already."), code="slug")
    framework = Framework(slug=slug, version=1)
    model_update(framework, data=data, fields=translated_names(*FRAMEWORK_FIELDS))
    framework.save()
    for number, names in DEFAULT_LEVELS.items():
        ProficiencyLevel.objects.create(
            framework=framework, number=number, **{f"name_{c}": n for c, n in names.items()}
        )
    audit_record(actor=actor, action="competencies.framework.created", obj=framework)
    return framework


@transaction.atomic
def framework_update(*, framework: Framework, actor: User, data: Mapping[str, Any]) -> Framework:
    framework = locked_draft(framework)
    changed = model_update(framework, data=data, fields=translated_names(*FRAMEWORK_FIELDS))
    framework.save()
    audit_record(
        actor=actor, action="competencies.framework.updated", obj=framework, changed_fields=changed
    )
    return framework


def _copy_framework(source: Framework, target: Framework) -> None:
    """Copy levels, areas, competencies, descriptors and target levels into ``target``."""
    level_fields = translated_names(*TEXT_FIELDS)
    ProficiencyLevel.objects.bulk_create(
        ProficiencyLevel(
            framework=target,
            number=level.number,
            **{name: getattr(level, name) for name in level_fields},
        )
        for level in source.levels.all()
    )
    new_competencies: dict[int, Competency] = {}
    for area in source.areas.prefetch_related("competencies__descriptors"):
        new_area = Area.objects.create(
            framework=target,
            code=area.code,
            order=area.order,
            **{name: getattr(area, name) for name in level_fields},
        )
        for competency in area.competencies.all():
            new_competency = Competency.objects.create(
                framework=target,
                area=new_area,
                code=competency.code,
                order=competency.order,
                **{name: getattr(competency, name) for name in level_fields},
            )
            new_competencies[competency.pk] = new_competency
            LevelDescriptor.objects.bulk_create(
                LevelDescriptor(
                    competency=new_competency,
                    level=descriptor.level,
                    **{f"text_{c}": getattr(descriptor, f"text_{c}") for c in LANGUAGE_CODES},
                )
                for descriptor in competency.descriptors.all()
            )
    TargetLevel.objects.bulk_create(
        TargetLevel(
            profile_id=row.profile_id,
            competency=new_competencies[row.competency_id],
            level=row.level,
        )
        for row in TargetLevel.objects.filter(competency__framework=source)
    )


@transaction.atomic
def framework_create_version(*, source: Framework, actor: User) -> Framework:
    """A new draft version of ``source`` with everything copied, for editing."""
    # Lock the framework's versions so two clicks do not make two drafts.
    list(Framework.objects.select_for_update().filter(slug=source.slug))
    if Framework.objects.filter(slug=source.slug, status=FrameworkStatus.DRAFT).exists():
        raise ValidationError(
            _("There is a draft of this framework already: edit that one."), code="draft_exists"
        )
    latest = Framework.objects.filter(slug=source.slug).aggregate(Max("version"))["version__max"]
    framework = Framework(slug=source.slug, version=latest + 1)
    for name in translated_names(*FRAMEWORK_FIELDS):
        setattr(framework, name, getattr(source, name))
    framework.save()
    _copy_framework(source, framework)
    audit_record(actor=actor, action="competencies.framework.version_created", obj=framework)
    return framework


def framework_problems(framework: Framework) -> list[str]:
    """What stops a draft from being published."""
    problems = []
    levels = level_numbers(framework)
    if not levels:
        problems.append(_("The scale has no levels."))
    competencies = list(framework.competencies.prefetch_related("descriptors"))
    if not competencies:
        problems.append(_("The framework has no competencies."))
    for competency in competencies:
        described = {d.level for d in competency.descriptors.all()}
        if missing := sorted(levels - described):
            problems.append(
                _("%(code)s has no descriptor for level %(levels)s.")
                % {"code": competency.code, "levels": ", ".join(map(str, missing))}
            )
    return problems


@transaction.atomic
def framework_publish(*, framework: Framework, actor: User | None) -> Framework:
    """Publish a draft; the version published before it is archived. ``actor`` is
    None when the platform publishes its own model (the content loader)."""
    versions = {f.pk: f for f in Framework.objects.select_for_update().filter(slug=framework.slug)}
    framework = versions[framework.pk]
    require_draft(framework)
    if problems := framework_problems(framework):
        raise ValidationError(problems, code="incomplete")
    for other in versions.values():
        if other.status == FrameworkStatus.PUBLISHED:
            other.status = FrameworkStatus.ARCHIVED
            other.save(update_fields=["status"])
            audit_record(
                actor=actor,
                action="competencies.framework.archived",
                obj=other,
                changed_fields=["status"],
            )
    framework.status = FrameworkStatus.PUBLISHED
    framework.published_at = timezone.now()
    framework.save(update_fields=["status", "published_at"])
    audit_record(
        actor=actor,
        action="competencies.framework.published",
        obj=framework,
        changed_fields=["status", "published_at"],
    )
    return framework


@transaction.atomic
def framework_archive(*, framework: Framework, actor: User) -> Framework:
    if framework.status == FrameworkStatus.ARCHIVED:
        raise ValidationError(_("The framework is archived already."), code="archived")
    framework.status = FrameworkStatus.ARCHIVED
    framework.save(update_fields=["status"])
    audit_record(
        actor=actor,
        action="competencies.framework.archived",
        obj=framework,
        changed_fields=["status"],
    )
    return framework


# --- Areas, competencies, descriptors ----------------------------------------


@transaction.atomic
def area_create(*, framework: Framework, actor: User, data: Mapping[str, Any]) -> Area:
    framework = locked_draft(framework)
    area = Area(framework=framework)
    model_update(area, data=data, fields=AREA_FIELDS)
    if Area.objects.filter(framework=framework, code=area.code).exists():
        raise ValidationError(_("This code is used already."), code="duplicate_code")
    area.save()
    audit_record(actor=actor, action="competencies.area.created", obj=area)
    return area


@transaction.atomic
def area_update(*, area: Area, actor: User, data: Mapping[str, Any]) -> Area:
    locked_draft(area.framework)
    area = reloaded(area)
    changed = model_update(area, data=data, fields=AREA_FIELDS)
    if Area.objects.filter(framework=area.framework, code=area.code).exclude(pk=area.pk).exists():
        raise ValidationError(_("This code is used already."), code="duplicate_code")
    area.save()
    audit_record(actor=actor, action="competencies.area.updated", obj=area, changed_fields=changed)
    return area


def _save_descriptors(competency: Competency, descriptors: Mapping[int, Mapping[str, str]]) -> None:
    levels = level_numbers(competency.framework)
    for level, texts in descriptors.items():
        if level not in levels:
            raise ValidationError(_("Choose a level of the scale."), code="bad_level")
        LevelDescriptor.objects.update_or_create(
            competency=competency,
            level=level,
            defaults={f"text_{c}": texts.get(c, "") or "" for c in LANGUAGE_CODES},
        )


@transaction.atomic
def competency_create(
    *,
    framework: Framework,
    actor: User,
    data: Mapping[str, Any],
    descriptors: Mapping[int, Mapping[str, str]],
) -> Competency:
    framework = locked_draft(framework)
    competency = Competency(framework=framework)
    model_update(competency, data=data, fields=COMPETENCY_FIELDS)
    if competency.area.framework_id != framework.pk:
        raise ValidationError(_("Choose an area of this framework."), code="bad_area")
    if Competency.objects.filter(framework=framework, code=competency.code).exists():
        raise ValidationError(_("This code is used already."), code="duplicate_code")
    competency.save()
    _save_descriptors(competency, descriptors)
    audit_record(actor=actor, action="competencies.competency.created", obj=competency)
    return competency


@transaction.atomic
def competency_update(
    *,
    competency: Competency,
    actor: User,
    data: Mapping[str, Any],
    descriptors: Mapping[int, Mapping[str, str]],
) -> Competency:
    framework = locked_draft(competency.framework)
    competency = reloaded(competency)
    changed = model_update(competency, data=data, fields=COMPETENCY_FIELDS)
    if competency.area.framework_id != framework.pk:
        raise ValidationError(_("Choose an area of this framework."), code="bad_area")
    duplicates = Competency.objects.filter(framework=framework, code=competency.code)
    if duplicates.exclude(pk=competency.pk).exists():
        raise ValidationError(_("This code is used already."), code="duplicate_code")
    competency.save()
    _save_descriptors(competency, descriptors)
    audit_record(
        actor=actor,
        action="competencies.competency.updated",
        obj=competency,
        changed_fields=[*changed, "descriptors"],
    )
    return competency


# --- CSV import -------------------------------------------------------------------


@transaction.atomic
def framework_import(*, actor: User, content: bytes) -> Framework:
    """Create a new draft version from a CSV file. The file is checked as a whole
    first; any problem rejects it and nothing is written."""
    parsed = parse_framework_csv(content)
    assert parsed.framework is not None  # parse_framework_csv guarantees it
    list(Framework.objects.select_for_update().filter(slug=parsed.slug))
    latest = Framework.objects.filter(slug=parsed.slug).aggregate(Max("version"))["version__max"]
    framework = Framework(slug=parsed.slug, version=(latest or 0) + 1)
    for code, value in parsed.framework.texts("name").items():
        setattr(framework, f"title_{code}", value)
    for code, value in parsed.framework.texts("description").items():
        setattr(framework, f"description_{code}", value)
    framework.save()

    def texts(row: Any) -> dict[str, str]:
        return {
            **{f"name_{c}": v for c, v in row.texts("name").items()},
            **{f"description_{c}": v for c, v in row.texts("description").items()},
        }

    ProficiencyLevel.objects.bulk_create(
        ProficiencyLevel(framework=framework, number=number, **texts(row))
        for number, row in parsed.levels.items()
    )
    areas = {
        code: Area.objects.create(
            framework=framework, code=code, order=int(row.values["order"] or 0), **texts(row)
        )
        for code, row in parsed.areas.items()
    }
    competencies = {
        code: Competency.objects.create(
            framework=framework,
            area=areas[row.values["parent"]],
            code=code,
            order=int(row.values["order"] or 0),
            **texts(row),
        )
        for code, row in parsed.competencies.items()
    }
    LevelDescriptor.objects.bulk_create(
        LevelDescriptor(
            competency=competencies[code],
            level=level,
            **{f"text_{c}": v for c, v in row.texts("description").items()},
        )
        for (code, level), row in parsed.descriptors.items()
    )
    audit_record(actor=actor, action="competencies.framework.imported", obj=framework)
    return framework
