"""How progress is put into words: status labels, disaggregation tables, numbers."""

from decimal import Decimal

from django.utils.translation import gettext_lazy as _

from tiltas.accounts.models import Country, OrganisationType, Sex

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


def breakdown_tables(progress: IndicatorProgress) -> list[dict]:
    """One table per dimension the counter gave, with readable labels."""
    tables = []
    for key, counts in progress.breakdown.items():
        if not counts:
            continue
        title, labels = DIMENSIONS.get(key, (key, {}))
        rows = [
            (labels.get(value) or (_("Not stated") if value in ("", None) else value), count)
            for value, count in sorted(counts.items(), key=lambda item: -item[1])
        ]
        tables.append({"key": key, "title": title, "rows": rows})
    return tables


def plain_number(value: int | Decimal | None) -> int | Decimal | None:
    """240.00 → 240 and 12.50 → 12.5, for exports."""
    if value is None:
        return None
    value = Decimal(value)
    if value == value.to_integral_value():
        return int(value)
    return value.normalize()
