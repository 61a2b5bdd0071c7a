"""Certificates issued, as context on the results page: per programme and
event, by the holder's sex and country (read from the credentials app)."""

from dataclasses import dataclass
from datetime import date

from tiltas.accounts.models import Country, Sex
from tiltas.core.disclosure import suppress_small
from tiltas.credentials.selectors import IssuedCount, certificates_issued


@dataclass(frozen=True)
class CertificatesTable:
    sexes: list[tuple[str, str]]
    countries: list[tuple[str, str]]
    rows: list[tuple[IssuedCount, list[int | str], list[int | str]]]
    totals: tuple[int, list[int | str], list[int | str]]


def _columns(choices: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The stated values first, "not stated" last."""
    stated = [(value, str(label)) for value, label in choices if value]
    return [*stated, ("", str(Sex.NOT_STATED.label))]


def certificates_table(
    *, start: date | None = None, end: date | None = None, exact: bool = False
) -> CertificatesTable:
    """In public (``exact`` false) a cell of fewer than five holders of one sex or
    country reads "< 5"; coordinators see exact figures."""
    counts = certificates_issued(start=start, end=end)
    sexes = _columns(Sex.choices)
    countries = _columns(Country.choices)
    by_sex = [[count.by_sex.get(value, 0) for value, _label in sexes] for count in counts]
    by_country = [
        [count.by_country.get(value, 0) for value, _label in countries] for count in counts
    ]

    def shown(cells: list[int]) -> list[int | str]:
        return list(cells) if exact else [suppress_small(cell) for cell in cells]

    rows = [
        (count, shown(sex_cells), shown(country_cells))
        for count, sex_cells, country_cells in zip(counts, by_sex, by_country, strict=True)
    ]
    totals = (
        sum(count.total for count in counts),
        shown([sum(cells[i] for cells in by_sex) for i in range(len(sexes))]),
        shown([sum(cells[i] for cells in by_country) for i in range(len(countries))]),
    )
    return CertificatesTable(sexes=sexes, countries=countries, rows=rows, totals=totals)
