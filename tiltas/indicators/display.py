"""How progress is put into words: status labels, disaggregation tables, numbers."""

from collections.abc import Iterable
from decimal import Decimal

from django.utils.translation import gettext_lazy as _

from tiltas.accounts.models import Country, OrganisationType, Sex
from tiltas.core.disclosure import is_small, suppress_small

from .selectors import IndicatorProgress, Status

STATUS_LABELS = {
    Status.COUNTED: _("counted"),
    Status.MANUAL: _("recorded with evidence"),
    Status.NOT_COUNTED: _("not counted yet"),
    Status.UNAVAILABLE: _("not counted yet"),
}

DIMENSIONS = {
    "sex": (_("By sex"), dict(Sex.choices)),
    "country": (_("By country"), dict(Country.choices)),
    "organisation_type": (_("By organisation type"), dict(OrganisationType.choices)),
}


def status_label(progress: IndicatorProgress) -> str:
    return str(STATUS_LABELS[progress.status])


def breakdown_label(key: str, value: str | None) -> str:
    _title, labels = DIMENSIONS.get(key, (key, {}))
    return str((value and labels.get(value)) or (_("Not stated") if value in ("", None) else value))


def breakdown_tables(progress: IndicatorProgress, *, exact: bool = False) -> list[dict]:
    """One table per dimension the counter gave, with readable labels. A row is
    ``{"label", "count", "suppressed"}``: in public (``exact`` false) a small
    group's count is "< 5" (tiltas.core.disclosure)."""
    tables = []
    for key, counts in progress.breakdown.items():
        if not counts:
            continue
        title, _labels = DIMENSIONS.get(key, (key, {}))
        rows = [
            {
                "label": breakdown_label(key, value),
                "count": count if exact else suppress_small(count),
                "suppressed": not exact and is_small(count),
            }
            for value, count in sorted(counts.items(), key=lambda item: -item[1])
        ]
        tables.append({"key": key, "title": title, "rows": rows})
    return tables


def breakdown_rows(progress: Iterable[IndicatorProgress], *, exact: bool) -> list[list[object]]:
    """Every breakdown as rows of indicator code, dimension, group and count, for exports."""
    return [
        [item.indicator.code, str(table["title"]), row["label"], row["count"]]
        for item in progress
        for table in breakdown_tables(item, exact=exact)
        for row in table["rows"]
    ]


def plain_number(value: int | Decimal | None) -> int | Decimal | None:
    """240.00 → 240 and 12.50 → 12.5, for exports."""
    if value is None:
        return None
    value = Decimal(value)
    if value == value.to_integral_value():
        return int(value)
    return value.normalize()
