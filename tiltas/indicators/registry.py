"""Counting functions that apps plug into the results framework.

An :class:`~tiltas.indicators.models.Indicator` names a ``source`` (a dotted key
such as ``events.participants``) and ``source_params`` (such as
``{"activity": "1.1.3"}``). Apps register one function per source key in their
``counting.py``, imported from ``AppConfig.ready()``::

    from tiltas.indicators.registry import Measurement, counter

    @counter("events.participants")
    def participants(*, activity: str, start=None, end=None) -> Measurement:
        ...

A source nobody registered yet is shown as "not counted yet", never as zero.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class Measurement:
    value: int | Decimal
    #: Optional disaggregation, e.g. {"sex": {"female": 120, "male": 98, "": 4}}.
    breakdown: dict[str, dict[str, int]] = field(default_factory=dict)


Counter = Callable[..., Measurement]

_counters: dict[str, Counter] = {}


def counter(source: str) -> Callable[[Counter], Counter]:
    def register(function: Counter) -> Counter:
        _counters[source] = function
        return function

    return register


def get_counter(source: str) -> Counter | None:
    return _counters.get(source)


def measure(
    source: str, params: dict, *, start: date | None = None, end: date | None = None
) -> Measurement | None:
    """The current value of a source, or None when no app counts it yet."""
    function = _counters.get(source)
    if function is None:
        return None
    return function(start=start, end=end, **params)
