"""Certificates issued, as context on the results page: per programme and
event, by the holder's sex and country (read from the credentials app)."""

from dataclasses import dataclass
from datetime import date

from tiltas.accounts.models import Country, Sex
from tiltas.credentials.selectors import IssuedCount, certificates_issued


@dataclass(frozen=True)
class CertificatesTable:
    sexes: list[tuple[str, str]]
    countries: list[tuple[str, str]]
    rows: list[tuple[IssuedCount, list[int], list[int]]]
    totals: tuple[int, list[int], list[int]]


def _columns(choices: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The stated values first, "not stated" last."""
    stated = [(value, str(label)) for value, label in choices if value]
    return [*stated, ("", str(Sex.NOT_STATED.label))]


def certificates_table(*, start: date | None = None, end: date | None = None) -> CertificatesTable:
    counts = certificates_issued(start=start, end=end)
    sexes = _columns(Sex.choices)
    countries = _columns(Country.choices)
    rows = [
        (
            count,
            [count.by_sex.get(value, 0) for value, _label in sexes],
            [count.by_country.get(value, 0) for value, _label in countries],
        )
        for count in counts
    ]
    totals = (
        sum(count.total for count in counts),
        [sum(row[1][i] for row in rows) for i in range(len(sexes))],
        [sum(row[2][i] for row in rows) for i in range(len(countries))],
    )
    return CertificatesTable(sexes=sexes, countries=countries, rows=rows, totals=totals)
