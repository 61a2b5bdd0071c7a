"""The counting functions apps offer to the results framework.

An :class:`~tiltas.indicators.models.Indicator` names a ``source`` (a dotted key
such as ``events.participants``) and ``source_params`` (such as
``{"activity": "1.1.3"}``). Apps declare one function per source key in their
configuration (``PlatformApp.counters``), each answering a
:class:`~tiltas.core.platform.Measurement`::

    counters = {"events.participants": "tiltas.events.counting.participants"}

A source no app counts yet is shown as "not counted yet", never as zero.
"""

from collections.abc import Callable
from datetime import date

from tiltas.core import contributions
from tiltas.core.platform import Measurement

Counter = Callable[..., Measurement]


def get_counter(source: str) -> Counter | None:
    return contributions.counters().get(source)


def measure(
    source: str, params: dict, *, start: date | None = None, end: date | None = None
) -> Measurement | None:
    """The current value of a source, or None when no app counts it yet."""
    function = get_counter(source)
    if function is None:
        return None
    return function(start=start, end=end, **params)
