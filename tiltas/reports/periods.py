"""Reporting periods: whole months, named in URLs as ``2026-01_2026-03``."""

import re
from dataclasses import dataclass
from datetime import date

from django.http import Http404
from django.utils import formats
from django.utils.translation import gettext as _

from tiltas.indicators.selectors import month_bounds

SLUG = re.compile(r"(\d{4})-(\d{2})_(\d{4})-(\d{2})")


@dataclass(frozen=True)
class Period:
    start: date
    end: date

    @classmethod
    def of_months(cls, first: date, last: date) -> "Period":
        return cls(month_bounds(first)[0], month_bounds(last)[1])

    @property
    def slug(self) -> str:
        return f"{self.start:%Y-%m}_{self.end:%Y-%m}"

    @property
    def label(self) -> str:
        first = formats.date_format(self.start, "YEAR_MONTH_FORMAT")
        if (self.start.year, self.start.month) == (self.end.year, self.end.month):
            return first
        return _("%(first)s – %(last)s") % {  # noqa: RUF001 - a range of months
            "first": first,
            "last": formats.date_format(self.end, "YEAR_MONTH_FORMAT"),
        }

    def months(self) -> list[date]:
        """The first day of every month in the period, in order."""
        result = []
        month = self.start
        while month <= self.end:
            result.append(month)
            month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
        return result


def period_from_slug(slug: str) -> Period:
    """The period a URL names; 404 for anything that is not one."""
    match = SLUG.fullmatch(slug)
    if match is None:
        raise Http404
    year1, month1, year2, month2 = (int(part) for part in match.groups())
    if not (1 <= month1 <= 12 and 1 <= month2 <= 12 and 2000 <= year1 <= year2 <= 2100):
        raise Http404
    period = Period.of_months(date(year1, month1, 1), date(year2, month2, 1))
    if period.end < period.start:
        raise Http404
    return period


def quarter(year: int, number: int) -> Period:
    first = date(year, 3 * number - 2, 1)
    return Period.of_months(first, date(year, 3 * number, 1))


def year(year: int) -> Period:
    return Period.of_months(date(year, 1, 1), date(year, 12, 1))
