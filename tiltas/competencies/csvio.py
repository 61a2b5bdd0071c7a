"""The framework as CSV: one row per framework, level, area, competency and
level descriptor. Exporting and importing the same file gives the same framework.

Columns (the manage page documents them for people):

- ``type``: ``framework``, ``level``, ``area``, ``competency`` or ``descriptor``
- ``code``: the framework's short name, an area's or a competency's code
- ``parent``: a competency's area code; a descriptor's competency code
- ``order``: position of an area or competency (a whole number, may be empty)
- ``level``: a level's number (1, 2, …); a descriptor's level
- ``name_lt``, ``name_en``, ``name_nb``: title or name in each language
- ``description_lt``, ``description_en``, ``description_nb``: description, or
  a descriptor's text
"""

import csv
import io
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext as _

from tiltas.core.exports import FORMULA_PREFIXES, neutralise
from tiltas.core.i18n import LANGUAGE_CODES

from .models import Framework

COLUMNS = (
    "type",
    "code",
    "parent",
    "order",
    "level",
    *(f"name_{c}" for c in LANGUAGE_CODES),
    *(f"description_{c}" for c in LANGUAGE_CODES),
)
ROW_TYPES = ("framework", "level", "area", "competency", "descriptor")
MAX_ROWS = 5000


def _restore(value: str) -> str:
    if value.startswith("'") and value[1:].startswith(FORMULA_PREFIXES):
        return value[1:]
    return value


def framework_to_csv(framework: Framework) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)

    def row(kind: str, obj: object, *, code="", parent="", order="", level="", name="", text=""):
        names = [getattr(obj, f"{name}_{c}") or "" if name else "" for c in LANGUAGE_CODES]
        texts = [getattr(obj, f"{text}_{c}") or "" if text else "" for c in LANGUAGE_CODES]
        values = [kind, code, parent, str(order), str(level), *names, *texts]
        writer.writerow([neutralise(value) for value in values])

    row("framework", framework, code=framework.slug, name="title", text="description")
    for level in framework.levels.order_by("number"):
        row("level", level, level=level.number, name="name", text="description")
    areas = framework.areas.order_by("order", "code").prefetch_related("competencies__descriptors")
    for area in areas:
        row("area", area, code=area.code, order=area.order, name="name", text="description")
    for area in areas:
        for competency in sorted(area.competencies.all(), key=lambda c: (c.order, c.code)):
            row(
                "competency",
                competency,
                code=competency.code,
                parent=area.code,
                order=competency.order,
                name="name",
                text="description",
            )
            for descriptor in sorted(competency.descriptors.all(), key=lambda d: d.level):
                row(
                    "descriptor",
                    descriptor,
                    parent=competency.code,
                    level=descriptor.level,
                    text="text",
                )
    return buffer.getvalue()


@dataclass
class ParsedRow:
    line: int
    values: dict[str, str]

    def texts(self, prefix: str) -> dict[str, str]:
        return {c: self.values[f"{prefix}_{c}"] for c in LANGUAGE_CODES}


@dataclass
class ParsedFramework:
    slug: str = ""
    framework: ParsedRow | None = None
    levels: dict[int, ParsedRow] = field(default_factory=dict)
    areas: dict[str, ParsedRow] = field(default_factory=dict)
    competencies: dict[str, ParsedRow] = field(default_factory=dict)
    descriptors: dict[tuple[str, int], ParsedRow] = field(default_factory=dict)


def _number(value: str, *, blank: int | None = None) -> int | None:
    value = value.strip()
    if not value:
        return blank
    try:
        number = int(value)
    except ValueError:
        return None
    return number if number >= 0 else None


def parse_framework_csv(content: bytes) -> ParsedFramework:
    """Read and check the whole file; raise one ValidationError listing every problem."""
    problems: list[tuple[int, str]] = []

    def error(line: int, message: str) -> None:
        problems.append((line, message))

    def messages() -> list[str]:
        return [
            _("Line %(line)s: %(message)s") % {"line": line, "message": message}
            for line, message in sorted(problems, key=lambda problem: problem[0])
        ]

    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValidationError([_("The file is not UTF-8 text.")], code="encoding") from exc
    reader = csv.reader(io.StringIO(text))
    try:
        header = [column.strip() for column in next(reader)]
    except (StopIteration, csv.Error) as exc:
        raise ValidationError([_("The file is empty.")], code="empty") from exc
    unknown = [column for column in header if column not in COLUMNS]
    missing = [column for column in COLUMNS if column not in header]
    if unknown:
        error(1, _("unknown columns: %(columns)s") % {"columns": ", ".join(unknown)})
    if missing:
        error(1, _("missing columns: %(columns)s") % {"columns": ", ".join(missing)})
    if len(set(header)) != len(header):
        error(1, _("a column appears twice"))
    if problems:
        raise ValidationError(messages(), code="columns")

    parsed = ParsedFramework()
    rows: list[ParsedRow] = []
    try:
        for values in reader:
            line = reader.line_num
            if not any(value.strip() for value in values):
                continue
            if len(values) != len(header):
                error(line, _("expected %(count)s cells") % {"count": len(header)})
                continue
            rows.append(
                ParsedRow(
                    line, {h: _restore(v.strip()) for h, v in zip(header, values, strict=True)}
                )
            )
            if len(rows) > MAX_ROWS:
                raise ValidationError([_("The file has too many rows.")], code="too_long")
    except csv.Error as exc:
        raise ValidationError([_("The file is not valid CSV.")], code="csv") from exc

    for row in rows:
        kind, code, line = row.values["type"], row.values["code"], row.line
        if kind not in ROW_TYPES:
            error(line, _("unknown type “%(type)s”") % {"type": kind})
            continue
        if kind != "descriptor" and not row.values["name_lt"]:
            error(line, _("the Lithuanian name is empty"))
        if kind == "framework":
            if parsed.framework is not None:
                error(line, _("a second framework row"))
            elif not code or slugify(code) != code:
                error(
                    line,
                    _("the framework's short name must be lowercase letters, digits and hyphens"),
                )
            else:
                parsed.framework, parsed.slug = row, code
        elif kind == "level":
            number = _number(row.values["level"])
            if not number:
                error(line, _("the level must be a whole number from 1"))
            elif number in parsed.levels:
                error(line, _("level %(level)s appears twice") % {"level": number})
            else:
                parsed.levels[number] = row
        elif kind in {"area", "competency"}:
            table = parsed.areas if kind == "area" else parsed.competencies
            if not code or len(code) > 20:
                error(line, _("the code must have 1 to 20 characters"))
            elif code in table:
                error(line, _("duplicate code “%(code)s”") % {"code": code})
            elif _number(row.values["order"], blank=0) is None:
                error(line, _("the order must be a whole number"))
            else:
                table[code] = row
        else:
            level = _number(row.values["level"])
            key = (row.values["parent"], level or 0)
            if not level:
                error(line, _("the level must be a whole number from 1"))
            elif not row.values["description_lt"]:
                error(line, _("the Lithuanian descriptor is empty"))
            elif key in parsed.descriptors:
                error(line, _("a second descriptor for the same competency and level"))
            else:
                parsed.descriptors[key] = row

    if parsed.framework is None:
        error(2, _("the file has no framework row"))
    if parsed.levels and sorted(parsed.levels) != list(range(1, len(parsed.levels) + 1)):
        first = min(row.line for row in parsed.levels.values())
        error(first, _("the levels must be numbered 1, 2, 3 … without gaps"))
    if not parsed.levels:
        error(2, _("the file has no levels"))
    for row in parsed.competencies.values():
        if row.values["parent"] not in parsed.areas:
            error(row.line, _("unknown area “%(code)s”") % {"code": row.values["parent"]})
    for (competency, level), row in parsed.descriptors.items():
        if competency not in parsed.competencies:
            error(row.line, _("unknown competency “%(code)s”") % {"code": competency})
        if parsed.levels and level not in parsed.levels:
            error(row.line, _("level %(level)s is not on the scale") % {"level": level})
    if problems:
        raise ValidationError(messages(), code="invalid")
    return parsed
